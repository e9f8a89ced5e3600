import http from 'node:http';
import { PANEL_ROUTES } from '../../panel/create-panel';
import { memoryStore, PASSWORD, startTestPanel, type TestPanel } from './panel-harness';

const HOUR = 60 * 60 * 1000;

/** Fields for every staff form at once: each takes what it needs. */
const EVERY_FIELD: Array<[string, string]> = [
  ...Object.entries({ name: 'Alva', id: '1', child: '1', who: 'mormor', weekday: '1', time: '09:00', what: 'sång', date: '2026-11-25', text: 'Hej', tell: 'no' }),
  ...Object.entries({ week: '2026-11-23', 'dishes_2026-11-25': 'Fiskgratäng', key: 'cold-wet', garment: 'boots' }),
];

describe('the panel without a session', () => {
  let panel: TestPanel;
  const clothingStore = memoryStore();
  beforeAll(async () => {
    panel = await startTestPanel({ clothingStore });
  });
  afterAll(() => panel.close());

  it('sends every staff page to /login, remembering where the teacher was going', async () => {
    const pages = PANEL_ROUTES.filter((r) => r.access === 'staff' && r.method === 'GET');
    expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/barn', '/dagen', '/mat', '/klader', '/status', '/larm', '/losenord']));
    for (const page of pages) {
      const answer = await panel.client().get(page.path);
      expect([page.path, answer.status, answer.location]).toEqual([page.path, 303, page.path === '/' ? '/login' : `/login?next=${encodeURIComponent(page.path)}`]);
    }
  });

  it('refuses every staff form with 401 and changes nothing', async () => {
    const forms = PANEL_ROUTES.filter((r) => r.access === 'staff' && r.method === 'POST');
    expect(forms.map((f) => f.path)).toEqual(expect.arrayContaining(['/mat/spara', '/klader/spara', '/klader/regler', '/losenord']));
    expect(forms.length).toBeGreaterThanOrEqual(15);
    const client = panel.client();
    await client.get('/login');
    for (const form of forms) {
      const answer = await client.post(form.path, EVERY_FIELD);
      expect([form.path, answer.status]).toEqual([form.path, 401]);
    }
    expect(panel.store.children()).toEqual([]);
    expect(panel.store.manualMenu('2026-11-01', '2026-12-31')).toEqual([]);
    expect(clothingStore.values.size).toBe(0);
  });

  it('refuses every staff form from a logged-in teacher without the CSRF token, and changes nothing', async () => {
    const forms = PANEL_ROUTES.filter((r) => r.access === 'staff' && r.method === 'POST');
    const client = panel.client();
    await client.login();
    await client.get('/mat');
    for (const form of forms) {
      const answer = await client.post(form.path, EVERY_FIELD, { csrf: null });
      expect([form.path, answer.status]).toEqual([form.path, 403]);
      expect(answer.text).toContain('Formuläret var för gammalt');
    }
    expect(panel.store.children()).toEqual([]);
    expect(panel.store.manualMenu('2026-11-01', '2026-12-31')).toEqual([]);
    expect(clothingStore.values.size).toBe(0);
    // Still logged in (the logout form was refused too), and with the token the same forms work.
    expect((await client.get('/mat')).status).toBe(200);
    expect((await client.post('/mat/spara', EVERY_FIELD)).location).toBe('/mat');
    expect((await client.post('/klader/spara', EVERY_FIELD)).location).toBe('/klader');
    expect(panel.store.manualMenu('2026-11-25', '2026-11-25')).toEqual([{ date: '2026-11-25', dishes: ['Fiskgratäng'] }]);
    expect(clothingStore.values.get('corrections')).toEqual({ 'cold-wet': ['boots'] });
  });

  it('sends the security headers on every answer', async () => {
    for (const path of ['/login', '/', '/no-such-page']) {
      const { headers } = await panel.client().get(path);
      expect(headers.get('content-security-policy')).toContain("default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'none'");
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('same-origin');
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('cache-control')).toBe('no-store');
    }
  });

  it('answers other methods with 405', async () => {
    const answer = await fetch(`${panel.url}/`, { method: 'PUT', body: 'x' });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('GET, HEAD, POST');
  });
});

describe('logging in and out', () => {
  let panel: TestPanel;
  beforeEach(async () => {
    panel = await startTestPanel();
  });
  afterEach(() => panel.close());

  it('gives a new HttpOnly, SameSite=Strict session cookie on login (not Secure over plain HTTP)', async () => {
    const client = panel.client();
    await client.get('/login');
    const visitorId = client.cookies.get('laiban_session');
    const wrong = await client.post('/login', { password: 'fel lösenord' });
    expect(wrong.status).toBe(401);
    expect(wrong.text).toContain('Fel lösenord');
    const login = await client.post('/login', { password: PASSWORD });
    expect([login.status, login.location]).toEqual([303, '/']);
    const cookie = login.setCookies.find((c) => c.startsWith('laiban_session='));
    expect(cookie).toMatch(/^laiban_session=[A-Za-z0-9_-]{43}; Path=\/; SameSite=Strict; HttpOnly$/);
    expect(client.cookies.get('laiban_session')).not.toBe(visitorId);
    const home = await client.get('/');
    expect(home.status).toBe(200);
    expect(home.text).toContain('Hämtas idag');
  });

  it('sends the teacher on to the page asked for, but never off the panel', async () => {
    const client = panel.client();
    await client.get('/login?next=%2Fbarn');
    expect((await client.post('/login', { password: PASSWORD, next: '/barn' })).location).toBe('/barn');
    const other = panel.client();
    await other.get('/login');
    expect((await other.post('/login', { password: PASSWORD, next: 'https://example.com/' })).location).toBe('/');
  });

  it('ends the session on logout: the old cookie no longer opens a page', async () => {
    const client = panel.client();
    await client.login();
    const oldCookie = client.cookies.get('laiban_session') as string;
    await client.get('/');
    expect((await client.post('/logout', {}, { csrf: null })).status).toBe(403);
    const logout = await client.post('/logout');
    expect([logout.status, logout.location]).toEqual([303, '/login']);
    expect((await client.get('/login')).text).toContain('Du är utloggad');
    client.cookies.set('laiban_session', oldCookie);
    const after = await client.get('/');
    expect([after.status, after.location]).toEqual([303, '/login']);
  });

  it('ends a session that has been idle for over 8 hours, and keeps one in use', async () => {
    const client = panel.client();
    await client.login();
    panel.clock.advance(7 * HOUR);
    expect((await client.get('/')).status).toBe(200);
    panel.clock.advance(7 * HOUR);
    expect((await client.get('/')).status).toBe(200);
    panel.clock.advance(8 * HOUR + 60_000);
    expect((await client.get('/')).location).toBe('/login');
  });
});

describe('login lockout', () => {
  it('locks after five wrong passwords, refuses even the right one, and opens again after five minutes', async () => {
    const panel = await startTestPanel();
    try {
      const client = panel.client();
      await client.get('/login');
      for (let i = 1; i <= 4; i++) expect((await client.post('/login', { password: `gissning ${i}` })).status).toBe(401);
      const fifth = await client.post('/login', { password: 'gissning 5' });
      expect(fifth.status).toBe(429);
      expect(fifth.text).toContain('För många fel lösenord. Vänta 5 min');

      const right = await client.post('/login', { password: PASSWORD });
      expect(right.status).toBe(429);
      expect((await client.get('/')).location).toBe('/login');
      expect((await client.get('/login')).text).toContain('Vänta 5 min');

      panel.clock.advance(4 * 60_000);
      expect((await client.post('/login', { password: PASSWORD })).text).toContain('Vänta 1 min');
      panel.clock.advance(60_000 + 1);
      const later = await client.post('/login', { password: PASSWORD });
      expect([later.status, later.location]).toEqual([303, '/']);
    } finally {
      await panel.close();
    }
  });
});

/** A login attempt from another address on this machine (127.0.0.0/8 is all loopback). */
async function loginFrom(url: string, from: string, password: string): Promise<number> {
  const call = (method: 'GET' | 'POST', headers: Record<string, string>, body = '') =>
    new Promise<{ status: number; text: string; cookie: string }>((resolve, reject) => {
      const req = http.request(`${url}/login`, { method, headers, localAddress: from }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text, cookie: (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ') }));
      });
      req.on('error', reject);
      req.end(body);
    });
  const page = await call('GET', {});
  const csrf = /name="csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
  const body = new URLSearchParams({ csrf, password, next: '/' }).toString();
  return (await call('POST', { cookie: page.cookie, origin: url, 'content-type': 'application/x-www-form-urlencoded' }, body)).status;
}

describe('guessing from many addresses', () => {
  it('never locks the staff out: after 20 wrong passwords from four addresses, the right one from a fifth logs in', async () => {
    const panel = await startTestPanel();
    try {
      for (const address of ['127.0.0.11', '127.0.0.12', '127.0.0.13', '127.0.0.14']) {
        for (let i = 0; i < 5; i++) expect([401, 429]).toContain(await loginFrom(panel.url, address, `gissning ${i}`));
        expect(await loginFrom(panel.url, address, PASSWORD)).toBe(429);
      }
      expect(await loginFrom(panel.url, '127.0.0.15', PASSWORD)).toBe(303);
    } finally {
      await panel.close();
    }
  });
});

describe('the login form under a flood of page loads', () => {
  it('keeps a teacher\'s open login form valid after 600 cookie-less loads of /login, and keeps nothing per visitor', async () => {
    const panel = await startTestPanel();
    try {
      const teacher = panel.client();
      const form = await teacher.get('/login');
      expect(form.headers.get('set-cookie')).toBeNull();
      for (let i = 0; i < 600; i++) await panel.client().get('/login');
      const login = await teacher.post('/login', { password: PASSWORD });
      expect([login.status, login.location]).toEqual([303, '/']);
    } finally {
      await panel.close();
    }
  });

  it('refuses a login form whose token was tampered with or has expired', async () => {
    const panel = await startTestPanel();
    try {
      const client = panel.client();
      await client.get('/login');
      const token = client.csrf!;
      const [expires, signature] = token.split('.');
      const forged = `${(parseInt(expires!, 36) + 3_600_000).toString(36)}.${signature}`;
      expect((await client.post('/login', { password: PASSWORD }, { csrf: forged })).status).toBe(403);
      panel.clock.advance(2 * 60 * 60 * 1000 + 1);
      expect((await client.post('/login', { password: PASSWORD }, { csrf: token })).status).toBe(403);
    } finally {
      await panel.close();
    }
  });
});
