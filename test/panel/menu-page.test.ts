import type { LunchData } from '../../protocol/messages';
import { startTestPanel, type PanelClient, type TestPanel } from './panel-harness';

// Wednesday 25 November 2026: this week is Monday 23 to Friday 27 (week 48), next week 30 November to 4 December.
const NOW = '2026-11-25T09:40:00';
const THIS_MONDAY = '2026-11-23';
const NEXT_MONDAY = '2026-11-30';
const everything = (panel: TestPanel) => panel.store.manualMenu('2026-11-01', '2026-12-31');

/** A menu system that has this Wednesday's lunch. */
const feedWithWednesday = async (): Promise<LunchData> => ({
  menu: { provider: 'skolmaten', days: [{ date: '2026-11-25', holiday: null, meals: [{ kind: 'lunch', dishes: ['Fiskgratäng', 'Potatismos'] }] }] },
  fetchedAt: '2026-11-25T05:00:00.000Z',
  stale: false,
});

describe('the Mat page', () => {
  let panel: TestPanel;
  let client: PanelClient;
  beforeEach(async () => {
    panel = await startTestPanel({ now: NOW, fetchedMenu: feedWithWednesday });
    client = panel.client();
    await client.login();
    await client.get('/mat');
  });
  afterEach(() => panel.close());

  it('shows the coming days of this week and next, Monday to Friday, each with where the robot gets its lunch', async () => {
    panel.store.setManualMenuDay('2026-11-24', ['Köttbullar', 'Potatismos']);
    panel.store.setManualMenuDay('2026-11-26', ['Pannkakor']);
    const page = await client.get('/mat');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1>Lunchmeny</h1>');
    expect(page.text).toContain('<h2>Den här veckan (vecka 48)</h2>');
    expect(page.text).toContain('<h2>Nästa vecka (vecka 49)</h2>');
    // Days gone by are not shown at all.
    expect(page.text).not.toContain('Köttbullar');
    expect(page.text).not.toMatch(/mån 23 nov|tis 24 nov/);
    expect(page.text).toContain('<label>ons 25 nov (idag)<textarea name="dishes_2026-11-25"');
    for (const date of ['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-30', '2026-12-04']) expect(page.text).toContain(`name="dishes_${date}"`);
    for (const date of ['2026-11-23', '2026-11-24', '2026-11-28', '2026-11-29']) expect(page.text).not.toContain(`name="dishes_${date}"`);
    expect(page.text.match(/action="\/mat\/spara"/g)).toHaveLength(2);
    // The feed (the harness's menu system) has Wednesday; Thursday is typed; Friday has nothing.
    expect(page.text).toContain('En dag du skriver in här säger roboten i stället för menysystemets lunch.');
    expect(page.text).toMatch(/name="dishes_2026-11-25"[^]*?<p class="source feed">Roboten säger: menysystemets Fiskgratäng · Potatismos.<\/p>/);
    expect(page.text).toMatch(/name="dishes_2026-11-26"[^]*?<p class="source typed">Roboten säger: det inskrivna.<\/p>/);
    expect(page.text).toMatch(/name="dishes_2026-11-27"[^]*?<p class="source none">Roboten säger: att den inte vet.<\/p>/);
    expect((await client.get('/mat?lang=en')).text).toContain('<label>Wed 25 Nov (today)<textarea');
  });

  it('saves a week, one dish per line, and shows it again; an emptied day is removed', async () => {
    const saved = await client.post('/mat/spara', {
      week: THIS_MONDAY,
      'dishes_2026-11-25': 'Fiskgratäng\r\n\r\n  Vegetarisk   lasagne ',
      'dishes_2026-11-26': 'Pannkakor',
      'dishes_2026-11-27': '',
    });
    expect([saved.status, saved.location]).toEqual([303, '/mat']);
    expect(everything(panel)).toEqual([
      { date: '2026-11-25', dishes: ['Fiskgratäng', 'Vegetarisk lasagne'] },
      { date: '2026-11-26', dishes: ['Pannkakor'] },
    ]);
    const page = await client.get('/mat');
    expect(page.text).toContain('Menyn är sparad.');
    expect(page.text).toContain('name="dishes_2026-11-25" rows="3" autocomplete="off">Fiskgratäng\nVegetarisk lasagne</textarea>');

    await client.post('/mat/spara', { week: NEXT_MONDAY, 'dishes_2026-11-30': 'Soppa', 'dishes_2026-12-04': 'Tacos' });
    await client.post('/mat/spara', { week: THIS_MONDAY, 'dishes_2026-11-25': '', 'dishes_2026-11-26': 'Pannkakor' });
    expect(everything(panel).map((d) => d.date)).toEqual(['2026-11-26', '2026-11-30', '2026-12-04']);
  });

  it('does not change a day gone by, and saves nothing of that week', async () => {
    panel.store.setManualMenuDay('2026-11-23', ['Soppa']);
    const refused = await client.post('/mat/spara', { week: THIS_MONDAY, 'dishes_2026-11-23': 'Tacos', 'dishes_2026-11-25': 'Fisk' });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('mån 23 nov har redan varit och kan inte ändras. Inget sparades.');
    expect(refused.text).toContain('name="dishes_2026-11-25" rows="3" autocomplete="off">Fisk</textarea>');
    expect(everything(panel)).toEqual([{ date: '2026-11-23', dishes: ['Soppa'] }]);

    // A page left open since Monday sends Monday back unchanged: that is no change.
    const stale = await client.post('/mat/spara', { week: THIS_MONDAY, 'dishes_2026-11-23': ' Soppa \n', 'dishes_2026-11-25': 'Fisk' });
    expect(stale.status).toBe(303);
    expect(everything(panel)).toEqual([
      { date: '2026-11-23', dishes: ['Soppa'] },
      { date: '2026-11-25', dishes: ['Fisk'] },
    ]);

    // A week that is not on the page (last week, the week after next) is not saved.
    for (const week of ['2026-11-16', '2026-12-07', '2026-11-24']) {
      await client.post('/mat/spara', { week, [`dishes_${week}`]: 'Gröt' });
      expect((await client.get('/mat')).text).toContain('Det finns inte längre.');
    }
    expect(everything(panel)).toHaveLength(2);
  });

  it("shows the store's Swedish words for a dish that is too long or too many dishes, keeping what was typed", async () => {
    const tooLong = 'Lasagne '.repeat(19) + 'X';
    const refused = await client.post('/mat/spara', { week: THIS_MONDAY, 'dishes_2026-11-25': 'Fisk', 'dishes_2026-11-26': tooLong });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('<p class="notice error" role="alert">tor 26 nov: Rätten är längre än 150 tecken.</p>');
    expect(refused.text).toContain(`>${tooLong}</textarea>`);
    // All days or none: Wednesday, which was fine, is not saved either.
    expect(everything(panel)).toEqual([]);

    const many = await client.post('/mat/spara', { week: NEXT_MONDAY, 'dishes_2026-12-01': 'a\nb\nc\nd\ne\nf\ng' });
    expect(many.text).toContain('tis 1 dec: Högst sex rätter per dag.');
    const english = await client.post('/mat/spara?lang=en', { week: NEXT_MONDAY, 'dishes_2026-12-01': tooLong });
    expect(english.text).toContain('Tue 1 Dec: The dish is longer than 150 characters.');
    expect(everything(panel)).toEqual([]);
  });

  it('shows a dish like <script> as text, in the text box', async () => {
    const attack = '<script>alert(1)</script>';
    await client.post('/mat/spara', { week: THIS_MONDAY, 'dishes_2026-11-25': attack });
    expect(everything(panel)).toEqual([{ date: '2026-11-25', dishes: [attack] }]);
    panel.store.setManualMenuDay('2026-11-26', [`"'><img src=x onerror=alert(1)>`]);
    const page = await client.get('/mat');
    expect(page.text).toContain('>&lt;script&gt;alert(1)&lt;/script&gt;</textarea>');
    expect(page.text).toContain('&quot;&#39;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(page.text).not.toMatch(/<script|<img/);
  });
});

describe('the Mat page at the weekend, for a robot without a menu system', () => {
  it('shows only next week, and says the typed menu is what the robot says', async () => {
    const panel = await startTestPanel({ now: '2026-11-28T10:00:00' });
    try {
      const client = panel.client();
      await client.login();
      const page = await client.get('/mat');
      expect(page.status).toBe(200);
      expect(page.text.match(/action="\/mat\/spara"/g)).toHaveLength(1);
      expect(page.text).toContain('name="week" value="2026-11-30"');
      expect(page.text).not.toContain('Den här veckan');
      expect(page.text).toContain('Roboten har inget menysystem: den säger lunchen som skrivs in här.');
      expect((await client.post('/mat/spara', { week: THIS_MONDAY, 'dishes_2026-11-27': 'Fisk' })).status).toBe(400);
      expect(panel.store.manualMenu(THIS_MONDAY, '2026-11-27')).toEqual([]);
    } finally {
      await panel.close();
    }
  });
});

describe('what the children thought of the food, for the kitchen', () => {
  it('shows this week per day and dish, and downloads it as CSV that a spreadsheet reads as text', async () => {
    const panel = await startTestPanel({ now: NOW });
    try {
      const client = panel.client();
      await client.login();
      expect((await client.get('/mat')).text).toContain('Inga omdömen ännu den här veckan.');
      for (const rating of ['good', 'good', 'bad'] as const) panel.store.countLunchRating('2026-11-24', 'Fiskgratäng · Grönsaksgratäng', rating);
      panel.store.countLunchRating('2026-11-25', '=HYPERLINK("x")', 'okay');
      panel.store.countLunchRating('2026-11-16', 'Förra veckan', 'good');
      const page = await client.get('/mat');
      expect(page.text).toContain('<h2>Vad barnen tyckte om maten (den här veckan)</h2>');
      expect(page.text).toContain('<li><strong>tis 24 nov</strong> Fiskgratäng · Grönsaksgratäng<br>God: 2 · Sådär: 0 · Inte god: 1</li>');
      expect(page.text).not.toContain('Förra veckan');
      const csv = await client.get('/mat/omdomen.csv');
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(csv.headers.get('content-disposition')).toBe('attachment; filename="maten-vecka-2026-11-23.csv"');
      expect(csv.text.split('\r\n')).toEqual([
        // (fetch's text() drops the byte-order mark the panel sends for Excel)
        '"Datum";"Rätt";"God";"Sådär";"Inte god"',
        '"2026-11-24";"Fiskgratäng · Grönsaksgratäng";"2";"0";"1"',
        `"2026-11-25";"'=HYPERLINK(""x"")";"0";"1";"0"`,
        '',
      ]);
    } finally {
      await panel.close();
    }
  });
});
