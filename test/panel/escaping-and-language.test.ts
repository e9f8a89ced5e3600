import { at } from '../support/robot-harness';
import { startTestPanel, type PanelClient, type TestPanel } from './panel-harness';

const ATTACK = '<img src=x onerror=alert(1)>';

describe('what teachers and children typed', () => {
  let panel: TestPanel;
  let client: PanelClient;
  beforeEach(async () => {
    panel = await startTestPanel({ status: () => ({ bridge: '<b>x</b>', dataAge: null, errors: [ATTACK] }) });
    client = panel.client();
    await client.login();
  });
  afterEach(() => panel.close());

  it('is shown as text on every page, never as HTML', async () => {
    // A name from before first names were checked (one word of letters) is still shown, as text.
    const id = Number(panel.store.db.prepare('INSERT INTO children (first_name, may_tell_pickup) VALUES (?, 0)').run(ATTACK).lastInsertRowid);
    const child = { id };
    panel.store.setDefaultPickup(child.id, 1, ATTACK, null);
    panel.store.setPickup(child.id, '2026-11-25', ATTACK, '15:30', `"'><script>alert(1)</script>`);
    panel.store.raiseAlert({ at: at('2026-11-25T09:00:00'), text: '<script>alert("larm")</script>', category: 'hurt', level: 'needs_adult', about: 'self' }, 0);
    panel.store.addMessage('2026-11-25', ATTACK);
    panel.store.addActivity(3, '10:00', ATTACK);
    panel.store.countQuestion('2026-11-25', '<i>intent</i>');

    for (const path of ['/', '/barn', '/dagen', '/larm', '/larm/kort', '/status', `/barn/ta-bort?id=${child.id}`]) {
      const page = await client.get(path);
      expect([path, page.status]).toEqual([path, 200]);
      expect(page.text).not.toMatch(/<img|<script|<i>|<b>x/);
    }
    const today = await client.get('/');
    expect(today.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(today.text).toContain('&quot;&#39;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect((await client.get('/larm/kort')).text).toContain('&lt;script&gt;alert(&quot;larm&quot;)&lt;/script&gt;');
    expect((await client.get('/status')).text).toContain('&lt;b&gt;x&lt;/b&gt;');
  });

  it('is escaped in the notice after a form too', async () => {
    await client.get('/barn');
    await client.post('/barn/lagg-till', { name: ATTACK });
    const page = await client.get('/barn');
    expect(page.text).toContain('”&lt;img src=x onerror=alert(1)&gt;”: skriv bara förnamnet');
    expect(page.text).not.toContain('<img');
  });
});

describe('the language', () => {
  it('is Swedish first, English with ?lang=en, remembered in a cookie, and Swedish again with ?lang=sv', async () => {
    const panel = await startTestPanel();
    try {
      const client = panel.client();
      await client.login();
      const swedish = await client.get('/barn');
      expect(swedish.text).toContain('<html lang="sv">');
      expect(swedish.text).toContain('<h1>Barn</h1>');
      expect(swedish.text).toContain('href="/barn?lang=en"');

      const english = await client.get('/barn?lang=en');
      expect(english.text).toContain('<html lang="en">');
      expect(english.text).toContain('<h1>Children</h1>');
      expect(english.setCookies.find((c) => c.startsWith('lang='))).toBe('lang=en; Path=/; SameSite=Strict; HttpOnly; Max-Age=31536000');
      expect((await client.get('/')).text).toContain('<h1>Today</h1>');
      expect((await client.get('/dagen')).text).toContain("<h1>Day&#39;s plan</h1>");

      expect((await client.get('/?lang=sv')).text).toContain('<h1>Idag</h1>');
      expect((await client.get('/status')).text).toContain('<h1>Status</h1>');
      expect((await client.get('/?lang=xx')).text).toContain('<h1>Idag</h1>');
    } finally {
      await panel.close();
    }
  });
});
