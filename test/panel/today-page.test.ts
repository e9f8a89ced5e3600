import { at } from '../support/robot-harness';
import { startTestPanel, type PanelClient, type TestPanel } from './panel-harness';

describe('the Idag page', () => {
  let panel: TestPanel;
  let client: PanelClient;
  beforeEach(async () => {
    panel = await startTestPanel({ now: '2026-11-25T09:40:00' });
    client = panel.client();
    await client.login();
  });
  afterEach(() => panel.close());

  it("saves today's pick-up from the quick form and lists it with who, time and note", async () => {
    const alva = panel.store.addChild('Alva', true);
    panel.store.addChild('Bo');
    const page = await client.get('/');
    expect(page.text).toContain('onsdag 25 november');
    expect(page.text).toContain('Ingen hämtning inlagd för: Alva, Bo');

    const saved = await client.post('/hamtning/spara', { child: String(alva.id), who: 'mormor', time: '15:30', note: 'Tar med vagnen' });
    expect([saved.status, saved.location]).toEqual([303, '/']);
    const after = await client.get('/');
    expect(after.text).toContain('Hämtningen för Alva är sparad.');
    expect(after.text).toMatch(/Alva<\/span> · mormor · 15:30[\s\S]*Tar med vagnen/);
    expect(after.text).toContain('Ingen hämtning inlagd för: Bo');
    expect(panel.store.pickupFor('Alva', '2026-11-25')).toEqual({ kind: 'pickup', child: 'Alva', who: 'mormor', time: '15:30' });
    // The notice is shown once.
    expect((await client.get('/')).text).not.toContain('är sparad');

    const [pickup] = panel.store.pickupsOn('2026-11-25');
    expect((await client.post('/hamtning/ta-bort', { id: String(pickup?.id) })).location).toBe('/');
    expect(panel.store.pickupsOn('2026-11-25')).toEqual([]);
  });

  it("shows a child's standard pick-up for the weekday, greyed, when nothing is entered today", async () => {
    const bo = panel.store.addChild('Bo', false);
    panel.store.setDefaultPickup(bo.id, 3, 'pappa', '16:00');
    const page = await client.get('/');
    expect(page.text).toMatch(/Bo<\/span> · pappa · 16:00\s*<br><span class="standard">standard<\/span>/);
    expect(page.text).toContain('Roboten säger inte vem som hämtar.');
  });

  it('refuses a pick-up without who, with a bad time or for an unknown child, and says why', async () => {
    const alva = panel.store.addChild('Alva');
    await client.get('/');
    await client.post('/hamtning/spara', { child: String(alva.id), who: ' ', time: '15:30' });
    expect((await client.get('/')).text).toContain('Skriv vem som hämtar.');
    await client.post('/hamtning/spara', { child: String(alva.id), who: 'mormor', time: '25:30' });
    expect((await client.get('/')).text).toContain('Skriv tiden som 15:30.');
    await client.post('/hamtning/spara', { child: '999', who: 'mormor', time: '15:30' });
    expect((await client.get('/')).text).toContain('Det finns inte längre.');
    expect(panel.store.pickupsOn('2026-11-25')).toEqual([]);
    // "15.30" typed without a time picker is understood.
    await client.post('/hamtning/spara', { child: String(alva.id), who: 'mormor', time: '15.30' });
    expect(panel.store.pickupsOn('2026-11-25')[0]?.time).toBe('15:30');
  });

  it('shows open alerts in a self-refreshing strip above the pick-up form, and acknowledging one takes it away', async () => {
    const raise = (iso: string, text: string, category: 'hurt' | 'emergency' | 'feelings', level: 'needs_adult' | 'emergency' = 'needs_adult') =>
      panel.store.raiseAlert({ at: at(iso), text, category, level, about: 'self' }, 0).alert;
    const alert = raise('2026-11-25T09:12:00', 'jag har ont i magen', 'hurt');
    const page = await client.get('/');
    expect(page.text.indexOf('src="/larm/kort"')).toBeLessThan(page.text.indexOf('Hämtas idag'));
    expect(page.text.indexOf('src="/larm/kort"')).toBeLessThan(page.text.indexOf('Lägg in hämtning'));
    expect(page.text.indexOf('Lägg in hämtning')).toBeLessThan(page.text.indexOf('Hämtas idag'));
    expect(page.text).not.toContain('http-equiv="refresh"');
    expect(page.text).toMatch(/Larm<span class="badge">1<\/span>/);

    const strip = await client.get('/larm/kort');
    expect(strip.text).toContain('<meta http-equiv="refresh" content="10">');
    expect(strip.text).toContain('jag har ont i magen');
    expect(strip.text).toContain('Har gjort sig illa');
    expect(strip.text).toContain('09:12');
    expect(strip.text).toContain('target="_top"');
    expect(strip.text).not.toContain('<nav');
    expect(strip.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(strip.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');

    const done = await client.post('/larm/kvittera', { id: String(alert.id), back: '/' });
    expect([done.status, done.location]).toEqual([303, '/']);
    expect(panel.store.alerts()[0]?.acknowledgedAt).toBe(at('2026-11-25T09:40:00').toISOString());
    expect((await client.get('/larm/kort')).text).not.toContain('jag har ont i magen');
    expect((await client.get('/')).text).not.toContain('class="badge"');
    const list = await client.get('/larm');
    expect(list.text).toContain('jag har ont i magen');
    expect(list.text).toContain('Kvitterat 09:40');
    expect(list.text).toContain('<meta http-equiv="refresh" content="10">');
  });

  it('lists the newest open alert first, shows two in the strip with a count of the rest, and "Kvittera alla" acknowledges them all', async () => {
    const raise = (iso: string, text: string, category: 'hurt' | 'emergency' | 'feelings', level: 'needs_adult' | 'emergency' = 'needs_adult') =>
      panel.store.raiseAlert({ at: at(iso), text, category, level, about: 'self' }, 0).alert;
    raise('2026-11-25T09:01:00', 'jag är ledsen', 'feelings');
    raise('2026-11-25T09:02:00', 'jag ramlade', 'hurt');
    raise('2026-11-25T09:03:00', 'han andas inte', 'emergency', 'emergency');
    const strip = (await client.get('/larm/kort')).text;
    expect(strip.indexOf('han andas inte')).toBeLessThan(strip.indexOf('jag ramlade'));
    expect(strip).not.toContain('jag är ledsen');
    expect(strip).toContain('1 larm till');
    expect(strip).toContain('NÖDLÄGE');
    const list = (await client.get('/larm')).text;
    expect(list.indexOf('han andas inte')).toBeLessThan(list.indexOf('jag ramlade'));
    expect(list.indexOf('jag ramlade')).toBeLessThan(list.indexOf('jag är ledsen'));

    const all = await client.post('/larm/kvittera-alla', { back: '/' });
    expect([all.status, all.location]).toEqual([303, '/']);
    expect(panel.store.openAlerts()).toEqual([]);
    expect((await client.get('/')).text).toContain('Alla larm är kvitterade.');
  });

  it('takes "today" from the injected clock in the preschool time zone', async () => {
    panel.clock.advance(15 * 60 * 60 * 1000); // 00:40 on Thursday in Stockholm, still Wednesday in UTC
    await client.login(); // the morning's session has been idle too long
    const alva = panel.store.addChild('Alva');
    await client.get('/');
    await client.post('/hamtning/spara', { child: String(alva.id), who: 'moster', time: '14:00' });
    expect(panel.store.pickupsOn('2026-11-26').map((p) => p.who)).toEqual(['moster']);
    expect((await client.get('/')).text).toContain('torsdag 26 november');
  });
});

describe('the status page', () => {
  it("shows the bridge, the data's age, errors and today's question counts only", async () => {
    const panel = await startTestPanel({ status: () => ({ bridge: 'ansluten till bryggan', dataAge: '12 min', errors: ['meny: 503 från Skolmaten'] }) });
    try {
      const client = panel.client();
      await client.login();
      panel.store.countQuestion('2026-11-25', 'lunch.today');
      panel.store.countQuestion('2026-11-25', 'lunch.today');
      panel.store.countQuestion('2026-11-25', 'time.now');
      panel.store.countQuestion('2026-11-24', 'clothes.what');
      const page = await client.get('/status');
      expect(page.text).toContain('ansluten till bryggan');
      expect(page.text).toContain('12 min');
      expect(page.text).toContain('meny: 503 från Skolmaten');
      expect(page.text).toMatch(/lunch\.today<\/span><strong>2<\/strong>/);
      expect(page.text).toMatch(/time\.now<\/span><strong>1<\/strong>/);
      expect(page.text).toMatch(/Totalt<\/span><strong>3<\/strong>/);
      expect(page.text).not.toContain('clothes.what');
      expect(page.text).toContain('09:40');
    } finally {
      await panel.close();
    }
  });

  it('tells the truth per data source: an unreachable SMHI is an error in plain Swedish, not "Inga fel"; counts by the skills\' names', async () => {
    const panel = await startTestPanel({
      status: () => ({
        bridge: 'roboten hämtar dem själv (ingen bridge.url)',
        dataAge: null,
        errors: [],
        sources: [
          {
            id: 'weather',
            upstream: 'SMHI',
            state: {
              lastSuccessAt: '2026-11-24T06:00:00.000Z',
              lastFailure: { at: '2026-11-25T08:35:00.000Z', problem: { kind: 'network', detail: 'getaddrinfo ENOTFOUND opendata-download-metfcst.smhi.se' } },
              dataFetchedAt: '2026-11-24T06:00:00.000Z',
            },
          },
          { id: 'warnings', upstream: 'SMHI', state: {} },
          { id: 'lunch', upstream: 'Skolmaten', state: { lastSuccessAt: '2026-11-25T08:00:00.000Z', dataFetchedAt: '2026-11-25T08:00:00.000Z' } },
        ],
        model: 'tränad modell, 14 avsikter',
        skills: ['Klockan', 'Maten', 'Hämtning'],
        diskFreeBytes: 3_200_000_000,
        version: '0.1.0',
        certFingerprint: 'AB:CD:EF',
        intentNames: { pickup: 'Hämtning', needs_adult: 'Hämta en vuxen' },
      }),
    });
    try {
      const client = panel.client();
      await client.login();
      panel.store.countQuestion('2026-11-25', 'pickup');
      panel.store.countQuestion('2026-11-25', 'needs_adult');
      const page = await client.get('/status');
      expect(page.text).not.toContain('Inga fel.');
      expect(page.text).toContain('<li>Väder: Kan inte nå SMHI — ingen internetanslutning?</li>');
      expect(page.text).toMatch(/<dt>Väder<\/dt><dd class="failing">Senast hämtat 2026-11-24 07:00. Fel 09:35: Kan inte nå SMHI — ingen internetanslutning\? Roboten svarar från uppgifter som är 27 tim gamla.<\/dd>/);
      expect(page.text).toContain('<dt>Vädervarningar</dt><dd class="ok">Aldrig hämtat sedan start. Roboten har inga uppgifter att svara från.</dd>');
      expect(page.text).toContain('<dt>Matsedel</dt><dd class="ok">Senast hämtat 09:00. Roboten svarar från uppgifter som är 40 min gamla.</dd>');
      expect(page.text).toContain('tränad modell, 14 avsikter');
      expect(page.text).toContain('Klockan, Maten, Hämtning');
      expect(page.text).toContain('3,2 GB');
      expect(page.text).toContain('<dd class="fingerprint">AB:CD:EF</dd>');
      expect(page.text).toMatch(/<span>Hämtning<\/span><strong>1<\/strong>/);
      expect(page.text).toMatch(/<span>Hämta en vuxen<\/span><strong>1<\/strong>/);
      expect(page.text).not.toMatch(/<span>(pickup|needs_adult)<\/span>/);
    } finally {
      await panel.close();
    }
  });

  it('still shows the page when status() throws', async () => {
    const panel = await startTestPanel({
      status: () => {
        throw new Error('bridge gone');
      },
    });
    try {
      const client = panel.client();
      await client.login();
      const page = await client.get('/status');
      expect(page.status).toBe(200);
      expect(page.text).toContain('Okänt');
    } finally {
      await panel.close();
    }
  });
});
