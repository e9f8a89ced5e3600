import { verifyPassword } from '../../panel/create-panel';
import { SETUP_CODE, startTestPanel, type TestPanel } from './panel-harness';

const NEW_PASSWORD = 'Blåbär i skogen 2026';

describe('first start without a password: /setup', () => {
  let panel: TestPanel;
  beforeEach(async () => {
    panel = await startTestPanel({ firstStart: true });
  });
  afterEach(() => panel.close());

  it('sends every page, the login page too, to /setup and refuses other forms', async () => {
    const client = panel.client();
    for (const page of ['/', '/barn', '/dagen', '/status', '/larm', '/login', '/no-such-page']) {
      const answer = await client.get(page);
      expect([page, answer.status, answer.location]).toEqual([page, 303, '/setup']);
    }
    expect((await client.post('/login', { password: NEW_PASSWORD })).status).toBe(403);
  });

  it('refuses a wrong code, a short password and two different ones, and saves nothing', async () => {
    const client = panel.client();
    const form = await client.get('/setup');
    expect(form.status).toBe(200);
    expect(form.text).toContain('Kod från roboten');

    const wrongCode = await client.post('/setup', { code: 'KANIN-4712', password: NEW_PASSWORD, repeat: NEW_PASSWORD });
    expect(wrongCode.status).toBe(403);
    expect(wrongCode.text).toContain('Koden stämmer inte');
    const short = await client.post('/setup', { code: SETUP_CODE, password: 'kort', repeat: 'kort' });
    expect(short.status).toBe(400);
    expect(short.text).toContain('minst 10 tecken');
    const differ = await client.post('/setup', { code: SETUP_CODE, password: NEW_PASSWORD, repeat: `${NEW_PASSWORD}!` });
    expect(differ.status).toBe(400);
    expect(differ.text).toContain('inte lika');
    expect(panel.store.setting('staff_password_hash')).toBeUndefined();
  });

  it('refuses the set-password form without its CSRF token', async () => {
    const client = panel.client();
    await client.get('/setup');
    const forged = await client.post('/setup', { code: SETUP_CODE, password: NEW_PASSWORD, repeat: NEW_PASSWORD }, { csrf: null });
    expect(forged.status).toBe(403);
    expect(panel.store.setting('staff_password_hash')).toBeUndefined();
  });

  it('saves the hash with the right code and logs the teacher in; then /setup is gone and the password logs in', async () => {
    const client = panel.client();
    await client.get('/setup');
    const done = await client.post('/setup', { code: ` ${SETUP_CODE} `, password: NEW_PASSWORD, repeat: NEW_PASSWORD });
    expect([done.status, done.location]).toEqual([303, '/barn']);
    const children = await client.get('/barn');
    expect(children.status).toBe(200);
    expect(children.text).toContain('Lösenordet är sparat och du är inloggad.');
    // Nothing chosen: new children start with the private answer.
    expect(panel.store.mayTellPickupByDefault()).toBe(false);
    expect(panel.store.addChild('Alva').mayTellPickup).toBe(false);
    await client.post('/logout');
    await client.get('/login');
    const hash = panel.store.setting('staff_password_hash');
    expect(hash).toMatch(/^scrypt\$/);
    expect(verifyPassword(NEW_PASSWORD, hash as string)).toBe(true);

    expect((await client.get('/setup')).status).toBe(404);
    expect((await client.post('/setup', { code: SETUP_CODE, password: 'ett annat lösenord', repeat: 'ett annat lösenord' })).status).toBe(404);
    expect(verifyPassword(NEW_PASSWORD, panel.store.setting('staff_password_hash') as string)).toBe(true);

    const login = await client.post('/login', { password: NEW_PASSWORD });
    expect([login.status, login.location]).toEqual([303, '/']);
    expect((await client.get('/')).status).toBe(200);
  });

  it('asks for the preschool-wide pick-up default, no unless yes is chosen', async () => {
    const client = panel.client();
    const form = await client.get('/setup');
    expect(form.text).toContain('Får roboten säga vem som hämtar ett nytt barn?');
    expect(form.text).toContain('<input type="radio" name="may_tell_default" value="no" checked>');
    await client.post('/setup', { code: SETUP_CODE, password: NEW_PASSWORD, repeat: NEW_PASSWORD, may_tell_default: 'yes' });
    expect(panel.store.mayTellPickupByDefault()).toBe(true);
    expect(panel.store.addChild('Alva').mayTellPickup).toBe(true);
  });

  it('locks the code form after five wrong codes', async () => {
    const client = panel.client();
    await client.get('/setup');
    for (let i = 0; i < 4; i++) expect((await client.post('/setup', { code: `fel-${i}`, password: NEW_PASSWORD, repeat: NEW_PASSWORD })).status).toBe(403);
    const fifth = await client.post('/setup', { code: 'fel-5', password: NEW_PASSWORD, repeat: NEW_PASSWORD });
    expect(fifth.status).toBe(429);
    const right = await client.post('/setup', { code: SETUP_CODE, password: NEW_PASSWORD, repeat: NEW_PASSWORD });
    expect(right.status).toBe(429);
    expect(right.text).toContain('Vänta 5 min');
    expect(panel.store.setting('staff_password_hash')).toBeUndefined();
  });
});

describe('a configured password hash', () => {
  it('means there is no setup: /setup is 404 and pages ask for a login', async () => {
    const panel = await startTestPanel();
    try {
      const client = panel.client();
      expect((await client.get('/setup')).status).toBe(404);
      const home = await client.get('/');
      expect([home.status, home.location]).toEqual([303, '/login']);
      expect((await client.login()).location).toBe('/');
      expect(panel.store.setting('staff_password_hash')).toBeUndefined();
    } finally {
      await panel.close();
    }
  });
});
