import type { MenuFetchOptions } from '../../../bridge/adapters/lunch/fetch-menu';
import { fetchMashie } from '../../../bridge/adapters/lunch/mashie';
import { fetchMatilda } from '../../../bridge/adapters/lunch/matilda';
import { fetchOpenMeal } from '../../../bridge/adapters/lunch/openmeal';
import { fetchSkolmaten } from '../../../bridge/adapters/lunch/skolmaten';
import type { Menu, UpstreamResult } from '../../../bridge/types';
import { type FixtureServer, startFixtureServer } from '../../support/fixture-server';
import { LUNCH, malformedDetail } from './lunch-fixtures';

interface Adapter {
  name: string;
  fetch: (options: MenuFetchOptions) => Promise<UpstreamResult<Menu>>;
  file: string;
  contentType: string;
  /** What its parser says when an HTML error page comes instead of its format. */
  htmlProblem: RegExp;
}

const ADAPTERS: Adapter[] = [
  { name: 'skolmaten', fetch: fetchSkolmaten, file: LUNCH.skolmatenWeek, contentType: 'application/rss+xml', htmlProblem: /^Skolmaten answer is not well-formed XML/ },
  { name: 'openmeal', fetch: fetchOpenMeal, file: LUNCH.openMeal, contentType: 'application/json', htmlProblem: /^Open Meal answer is not JSON/ },
  { name: 'matilda', fetch: fetchMatilda, file: LUNCH.matilda, contentType: 'text/html', htmlProblem: /^Matilda page has no <script id="__NEXT_DATA__">/ },
  { name: 'mashie', fetch: fetchMashie, file: LUNCH.mashie, contentType: 'text/html', htmlProblem: /^Mashie page has no menu script and does not say "Ingen matsedel"/ },
];

describe.each(ADAPTERS)('$name over a faulty upstream', ({ name, fetch, file, contentType, htmlProblem }) => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());
  const limits = { timeoutMs: 1000, maxBytes: 100_000 };

  it('reads the real format when the upstream is well', async () => {
    server.route(`/${name}/ok`, { kind: 'file', file, contentType });
    const result = await fetch({ url: `${server.url}/${name}/ok`, ...limits });
    expect(result.ok && result.value.provider).toBe(name);
    expect(result.ok && result.value.days.length).toBeGreaterThan(0);
  });

  it('gives up on a slow upstream after its deadline', async () => {
    server.route(`/${name}/slow`, { kind: 'slow', delayMs: 1500, route: { kind: 'file', file, contentType } });
    expect(await fetch({ url: `${server.url}/${name}/slow`, ...limits, timeoutMs: 150 })).toEqual({
      ok: false,
      problem: { kind: 'timeout', afterMs: 150 },
    });
  });

  it('gives up on an upstream that never answers', async () => {
    server.route(`/${name}/hang`, { kind: 'hang' });
    expect(await fetch({ url: `${server.url}/${name}/hang`, ...limits, timeoutMs: 150 })).toEqual({
      ok: false,
      problem: { kind: 'timeout', afterMs: 150 },
    });
  });

  it('reports a connection closed before the declared length as a network problem', async () => {
    server.route(`/${name}/truncated`, { kind: 'truncated', file, contentType, bytes: 300 });
    const result = await fetch({ url: `${server.url}/${name}/truncated`, ...limits });
    expect(!result.ok && result.problem.kind).toBe('network');
  });

  it('refuses an answer larger than the limit', async () => {
    server.route(`/${name}/big`, { kind: 'file', file, contentType });
    expect(await fetch({ url: `${server.url}/${name}/big`, ...limits, maxBytes: 1000 })).toEqual({
      ok: false,
      problem: { kind: 'too-large', limitBytes: 1000 },
    });
  });

  it('reports an HTTP error', async () => {
    const result = await fetch({ url: `${server.url}/${name}/nowhere`, ...limits });
    expect(!result.ok && result.problem).toMatchObject({ kind: 'http', status: 404 });
  });

  it('reports an HTML error page sent with 200 instead of the menu', async () => {
    server.route(`/${name}/maintenance`, { kind: 'file', file: LUNCH.htmlErrorPage, contentType: 'text/html' });
    const result = await fetch({ url: `${server.url}/${name}/maintenance`, ...limits });
    expect(malformedDetail(result)).toMatch(htmlProblem);
  });

  it('reports an empty 200 answer', async () => {
    server.route(`/${name}/empty`, { kind: 'body', body: '', contentType });
    const result = await fetch({ url: `${server.url}/${name}/empty`, ...limits });
    expect(malformedDetail(result)).not.toBe('');
  });

  it("sends the caller's headers over its own, whatever their case", async () => {
    server.route(`/${name}/headers`, { kind: 'file', file, contentType });
    await fetch({ url: `${server.url}/${name}/headers`, ...limits, headers: { 'User-Agent': 'Laiban/0.1 (it@example.se)', Accept: '*/*' } });
    const headers = server.requests.at(-1)?.headers;
    expect(headers?.['user-agent']).toBe('Laiban/0.1 (it@example.se)');
    expect(headers?.accept).toBe('*/*');
  });
});
