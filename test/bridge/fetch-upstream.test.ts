import { fetchUpstream } from '../../bridge/adapters/fetch-upstream';
import { type FixtureServer, startFixtureServer } from '../support/fixture-server';

describe('fetching from an upstream', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());
  const options = { timeoutMs: 500, maxBytes: 1000 };

  it('returns the body of a 2xx answer and sends the headers asked for', async () => {
    server.route('/ok', { kind: 'body', body: '{"a":1}', contentType: 'application/json' });
    const r = await fetchUpstream(`${server.url}/ok`, { ...options, headers: { 'user-agent': 'laiban-test' } });
    expect(r).toMatchObject({ ok: true, value: { status: 200, body: '{"a":1}' } });
    expect(server.requests.at(-1)?.headers['user-agent']).toBe('laiban-test');
  });

  it('reports an HTTP error with the start of its body', async () => {
    const r = await fetchUpstream(`${server.url}/nowhere`, options);
    expect(r).toEqual({ ok: false, problem: { kind: 'http', status: 404, detail: '<html><body><h1>404 Not Found</h1></body></html>' } });
  });

  it('gives up on a slow upstream after the deadline', async () => {
    server.route('/slow', { kind: 'hang' });
    expect(await fetchUpstream(`${server.url}/slow`, { ...options, timeoutMs: 100 })).toEqual({ ok: false, problem: { kind: 'timeout', afterMs: 100 } });
  });

  it('refuses an answer larger than the limit', async () => {
    server.route('/big', { kind: 'body', body: 'x'.repeat(5000), contentType: 'text/plain' });
    expect(await fetchUpstream(`${server.url}/big`, options)).toEqual({ ok: false, problem: { kind: 'too-large', limitBytes: 1000 } });
  });

  it('reports a connection that fails', async () => {
    const r = await fetchUpstream('http://127.0.0.1:1/', options);
    expect(r.ok === false && r.problem.kind).toBe('network');
  });
});
