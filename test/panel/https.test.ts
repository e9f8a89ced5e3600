import https from 'node:https';
import { generate } from 'selfsigned';
import { PASSWORD, startTestPanel, type TestPanel } from './panel-harness';

interface HttpsAnswer {
  status: number;
  location: string | undefined;
  setCookies: string[];
  text: string;
}

function request(url: string, method: 'GET' | 'POST', headers: Record<string, string> = {}, body = ''): Promise<HttpsAnswer> {
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method, headers, rejectUnauthorized: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, setCookies: res.headers['set-cookie'] ?? [], text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function cookieValue(setCookies: string[], name: string): string {
  const line = setCookies.find((c) => c.startsWith(`${name}=`)) ?? '';
  return line.slice(name.length + 1).split(';')[0] ?? '';
}

describe('the panel over HTTPS', () => {
  let panel: TestPanel;
  beforeAll(async () => {
    const pems = await generate([{ name: 'commonName', value: 'laiban.local' }], { keySize: 2048, algorithm: 'sha256' });
    panel = await startTestPanel({ tls: { key: pems.private, cert: pems.cert } });
  });
  afterAll(() => panel.close());

  it('serves the login page and logs in with Secure session cookies', async () => {
    expect(panel.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const form = await request(`${panel.url}/login?lang=sv`, 'GET');
    expect(form.status).toBe(200);
    expect(form.setCookies.every((c) => c.includes('; Secure'))).toBe(true);
    const visitor = cookieValue(form.setCookies, 'laiban_session');
    const csrf = /name="csrf" value="([^"]+)"/.exec(form.text)?.[1] ?? '';

    const login = await request(
      `${panel.url}/login`,
      'POST',
      { 'content-type': 'application/x-www-form-urlencoded', cookie: `laiban_session=${visitor}`, origin: panel.url },
      new URLSearchParams({ csrf, password: PASSWORD }).toString(),
    );
    expect([login.status, login.location]).toEqual([303, '/']);
    const session = login.setCookies.find((c) => c.startsWith('laiban_session='));
    expect(session).toMatch(/^laiban_session=[A-Za-z0-9_-]{43}; Path=\/; SameSite=Strict; HttpOnly; Secure$/);

    const home = await request(`${panel.url}/`, 'GET', { cookie: `laiban_session=${cookieValue(login.setCookies, 'laiban_session')}` });
    expect(home.status).toBe(200);
    expect(home.text).toContain('<h1>Idag</h1>');
  });

  it('refuses a form whose origin is the same host over plain http', async () => {
    const form = await request(`${panel.url}/login`, 'GET');
    const csrf = /name="csrf" value="([^"]+)"/.exec(form.text)?.[1] ?? '';
    const answer = await request(
      `${panel.url}/login`,
      'POST',
      { 'content-type': 'application/x-www-form-urlencoded', cookie: `laiban_session=${cookieValue(form.setCookies, 'laiban_session')}`, origin: panel.url.replace('https:', 'http:') },
      new URLSearchParams({ csrf, password: PASSWORD }).toString(),
    );
    expect(answer.status).toBe(403);
  });
});
