import http from 'node:http';
import { startTestPanel, type TestPanel } from './panel-harness';

describe('forms a logged-in teacher did not send', () => {
  let panel: TestPanel;
  beforeEach(async () => {
    panel = await startTestPanel();
  });
  afterEach(() => panel.close());

  async function loggedIn() {
    const client = panel.client();
    await client.login();
    await client.get('/barn');
    return client;
  }

  it('are refused with 403 without the CSRF token or with a wrong one', async () => {
    const client = await loggedIn();
    const without = await client.post('/barn/lagg-till', { name: 'Alva' }, { csrf: null });
    expect(without.status).toBe(403);
    expect(without.text).toContain('Formuläret var för gammalt');
    expect((await client.post('/barn/lagg-till', { name: 'Alva' }, { csrf: 'a'.repeat(43) })).status).toBe(403);
    expect((await client.post('/barn/lagg-till', { name: 'Alva' }, { csrf: '' })).status).toBe(403);

    const other = panel.client();
    await other.login();
    await other.get('/barn');
    expect((await client.post('/barn/lagg-till', { name: 'Alva' }, { csrf: other.csrf as string })).status).toBe(403);
    expect(panel.store.children()).toEqual([]);

    const real = await client.post('/barn/lagg-till', { name: 'Alva' });
    expect([real.status, real.location]).toEqual([303, '/barn']);
    expect(panel.store.children().map((c) => c.firstName)).toEqual(['Alva']);
  });

  it('are refused with 403 when the browser says they came from another site', async () => {
    const client = await loggedIn();
    expect((await client.post('/barn/lagg-till', { name: 'Alva' }, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await client.post('/barn/lagg-till', { name: 'Alva' }, { origin: panel.url.replace('127.0.0.1', 'localhost') })).status).toBe(403);
    const crossSite = await fetch(`${panel.url}/barn/lagg-till`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `laiban_session=${client.cookies.get('laiban_session')}`, 'sec-fetch-site': 'cross-site', origin: 'null' },
      body: new URLSearchParams({ name: 'Alva', csrf: client.csrf as string }).toString(),
      redirect: 'manual',
    });
    expect(crossSite.status).toBe(403);
    expect(panel.store.children()).toEqual([]);

    expect((await client.post('/barn/lagg-till', { name: 'Alva' }, { origin: panel.url })).status).toBe(303);
    // "null" is a sandboxed frame or a page without an origin, never the panel's own form: refused even with the token.
    expect((await client.post('/barn/lagg-till', { name: 'Bo' }, { origin: 'null' })).status).toBe(403);
    expect(panel.store.children().map((c) => c.firstName)).toEqual(['Alva']);
  });

  it('are refused with 413 when the body is over 16 KB and 415 when it is not a urlencoded form', async () => {
    const client = await loggedIn();
    const large = await client.post('/barn/lagg-till', { name: 'Alva', filler: 'x'.repeat(17 * 1024) });
    expect(large.status).toBe(413);
    expect(large.text).toContain('för mycket text');
    const json = await client.post('/barn/lagg-till', {}, { contentType: 'application/json', rawBody: JSON.stringify({ name: 'Alva', csrf: client.csrf }) });
    expect(json.status).toBe(415);
    const multipart = await client.post('/barn/lagg-till', {}, { contentType: 'multipart/form-data; boundary=x', rawBody: '--x--' });
    expect(multipart.status).toBe(415);
    expect(panel.store.children()).toEqual([]);
    // The connection and the session still work afterwards.
    expect((await client.post('/barn/lagg-till', { name: 'Alva' })).status).toBe(303);
  });

  it('are refused with 413 at once when the declared body is megabytes, closing the connection', async () => {
    const client = await loggedIn();
    const answer = await new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
      const req = http.request(`${panel.url}/barn/lagg-till`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': String(3 * 1024 * 1024),
          cookie: `laiban_session=${client.cookies.get('laiban_session')}`,
        },
      });
      req.on('response', (res) => {
        res.resume();
        req.destroy();
        resolve({ status: res.statusCode ?? 0, connection: res.headers.connection });
      });
      req.on('error', reject);
      req.write(`csrf=${client.csrf}&name=Alva&filler=`);
    });
    expect(answer).toEqual({ status: 413, connection: 'close' });
    expect(panel.store.children()).toEqual([]);
  });
});
