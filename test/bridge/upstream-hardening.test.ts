/** Upstreams that try to send the bridge elsewhere, or feed it XML its parser gives up on. */
import { fetchUpstream } from '../../bridge/adapters/fetch-upstream';
import { fetchSkolmaten } from '../../bridge/adapters/lunch/skolmaten';
import { type FixtureServer, startFixtureServer } from '../support/fixture-server';

const limits = { timeoutMs: 2000, maxBytes: 1_000_000 };

describe('upstream answers the bridge does not follow', () => {
  let server: FixtureServer;
  beforeEach(async () => {
    server = await startFixtureServer();
  });
  afterEach(() => server.close());

  it('follows a redirect on the same host, and refuses one to another host without asking it', async () => {
    server.route('/old', { kind: 'body', body: '', contentType: 'text/plain', status: 301, headers: { location: '/new' } });
    server.route('/new', { kind: 'body', body: 'the menu', contentType: 'text/plain' });
    const same = await fetchUpstream(`${server.url}/old`, limits);
    expect(same).toMatchObject({ ok: true, value: { status: 200, body: 'the menu' } });

    const port = new URL(server.url).port;
    server.route('/away', { kind: 'body', body: '', contentType: 'text/plain', status: 302, headers: { location: `http://localhost:${port}/new` } });
    const away = await fetchUpstream(`${server.url}/away`, limits);
    expect(away).toEqual({ ok: false, problem: { kind: 'network', detail: `redirect to another host (localhost:${port}) refused` } });
    expect(server.requests.map((r) => r.url)).toEqual(['/old', '/new', '/away']);
  });

  it('turns a Skolmaten feed with external and parameter entities into a malformed-upstream problem', async () => {
    const feed = `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote; <!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss><channel><item><title>Måndag</title><pubDate>Mon, 23 Nov 2026 00:00:00 +0100</pubDate><description>&xxe;</description></item></channel></rss>`;
    server.route('/feed', { kind: 'body', body: feed, contentType: 'application/rss+xml' });
    const result = await fetchSkolmaten({ url: `${server.url}/feed`, ...limits });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.kind).toBe('malformed');
    expect(JSON.stringify(result)).not.toContain('root:');
  });
});
