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
    const alva = panel.store.addChild('Alva');
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

  it('shows alerts not yet acknowledged at the top, and acknowledging one takes it away', async () => {
    const alert = panel.store.addAlert(at('2026-11-25T09:12:00'), 'jag har ont i magen');
    const page = await client.get('/');
    expect(page.text.indexOf('jag har ont i magen')).toBeLessThan(page.text.indexOf('Hämtas idag'));
    expect(page.text).toContain('09:12');
    expect(page.text).toMatch(/Larm<span class="badge">1<\/span>/);

    const done = await client.post('/larm/kvittera', { id: String(alert.id), back: '/' });
    expect([done.status, done.location]).toEqual([303, '/']);
    expect(panel.store.alerts()[0]?.acknowledgedAt).toBe(at('2026-11-25T09:40:00').toISOString());
    const after = await client.get('/');
    expect(after.text).not.toContain('jag har ont i magen');
    expect(after.text).not.toContain('class="badge"');
    const list = await client.get('/larm');
    expect(list.text).toContain('jag har ont i magen');
    expect(list.text).toContain('Kvitterat 09:40');
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
