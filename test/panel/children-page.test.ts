import { startTestPanel, type PanelClient, type TestPanel } from './panel-harness';

describe('the Barn page', () => {
  let panel: TestPanel;
  let client: PanelClient;
  beforeEach(async () => {
    panel = await startTestPanel();
    client = panel.client();
    await client.login();
    await client.get('/barn');
  });
  afterEach(() => panel.close());

  it('adds a child by first name and tells the robot its names changed', async () => {
    const added = await client.post('/barn/lagg-till', { name: ' Alva ' });
    expect([added.status, added.location]).toEqual([303, '/barn']);
    // Whether the robot may say who picks Alva up starts as no: the teachers opt in.
    expect(panel.store.children()).toEqual([{ id: expect.any(Number), firstName: 'Alva', mayTellPickup: false }]);
    expect(panel.childrenChanged.count).toBe(1);
    const page = await client.get('/barn');
    expect(page.text).toContain('Alva är tillagd.');
    expect(page.text).toContain('<h2>Alva</h2>');
  });

  it('refuses an empty name, a name that is not one first name, and a name already on the list (any case)', async () => {
    panel.store.addChild('Alva');
    for (const [name, message] of [
      ['', 'Skriv barnets förnamn.'],
      ['alva', 'alva finns redan.'],
      ['Alva Svensson', '”Alva Svensson”: skriv bara förnamnet, ett ord med bokstäver (bindestreck går bra, som Anna-Lena).'],
      ['Elias2', '”Elias2”: skriv bara förnamnet'],
    ] as const) {
      await client.post('/barn/lagg-till', { name });
      expect((await client.get('/barn')).text).toContain(message);
    }
    expect(panel.store.children().map((c) => c.firstName)).toEqual(['Alva']);
    expect(panel.childrenChanged.count).toBe(0);
  });

  it('keeps the preschool-wide default for new children, no until the staff choose yes', async () => {
    expect((await client.get('/barn')).text).toContain('Får roboten säga vem som hämtar ett nytt barn?: Nej');
    await client.post('/barn/standardsvar', { tell: 'yes' });
    expect((await client.get('/barn')).text).toContain('Nya barn: roboten får säga vem som hämtar.');
    await client.post('/barn/lagg-till', { name: 'Anna-Lena' });
    expect(panel.store.childNamed('Anna-Lena')?.mayTellPickup).toBe(true);
    await client.post('/barn/standardsvar', { tell: 'no' });
    await client.post('/barn/lagg-till', { name: 'Bo' });
    expect(panel.store.childNamed('Bo')?.mayTellPickup).toBe(false);
  });

  it('switches whether the robot may say who picks a child up', async () => {
    const alva = panel.store.addChild('Alva');
    expect((await client.get('/barn')).text).toMatch(/value="no" aria-pressed="true">Nej/);
    await client.post('/barn/beratta', { id: String(alva.id), tell: 'yes' });
    expect((await client.get('/barn')).text).toMatch(/value="yes" aria-pressed="true">Ja/);
    await client.post('/barn/beratta', { id: String(alva.id), tell: 'no' });
    expect(panel.store.children()[0]?.mayTellPickup).toBe(false);
    const page = await client.get('/barn');
    expect(page.text).toContain('Roboten säger inte vem som hämtar Alva.');
    expect(page.text).toMatch(/value="no" aria-pressed="true">Nej/);
    await client.post('/barn/beratta', { id: String(alva.id), tell: 'yes' });
    expect(panel.store.children()[0]?.mayTellPickup).toBe(true);
  });

  it('saves standard pick-ups per weekday, and an empty weekday removes it', async () => {
    const alva = panel.store.addChild('Alva');
    await client.post('/barn/standard', { id: String(alva.id), who_1: 'mamma', time_1: '16:00', who_5: 'farfar', time_5: '' });
    expect(panel.store.defaultPickups(alva.id)).toEqual([
      { childId: alva.id, weekday: 1, who: 'mamma', time: '16:00' },
      { childId: alva.id, weekday: 5, who: 'farfar', time: null },
    ]);
    const page = await client.get('/barn');
    expect(page.text).toContain('måndag mamma 16:00 · fredag farfar');
    expect(page.text).toContain('name="who_1" value="mamma"');

    await client.post('/barn/standard', { id: String(alva.id), who_1: 'mamma', time_1: '16:00', who_5: '' });
    expect(panel.store.defaultPickups(alva.id).map((d) => d.weekday)).toEqual([1]);
  });

  it('saves no weekday when one of them has a bad time', async () => {
    const alva = panel.store.addChild('Alva');
    await client.post('/barn/standard', { id: String(alva.id), who_1: 'mamma', time_1: '16:00', who_2: 'pappa', time_2: '16:75' });
    expect(panel.store.defaultPickups(alva.id)).toEqual([]);
    expect((await client.get('/barn')).text).toContain('Skriv tiden som 15:30.');
  });

  it('removes a child only after a confirmation page', async () => {
    const alva = panel.store.addChild('Alva');
    panel.store.setPickup(alva.id, '2026-11-25', 'mormor', '15:30');
    const confirm = await client.get(`/barn/ta-bort?id=${alva.id}`);
    expect(confirm.status).toBe(200);
    expect(confirm.text).toContain('Ta bort Alva?');
    expect(panel.store.children()).toHaveLength(1);
    const removed = await client.post('/barn/ta-bort', { id: String(alva.id) });
    expect(removed.location).toBe('/barn');
    expect(panel.store.children()).toEqual([]);
    expect(panel.store.pickupsOn('2026-11-25')).toEqual([]);
    expect(panel.childrenChanged.count).toBe(1);
  });
});

describe('the Dagens plan page', () => {
  let panel: TestPanel;
  let client: PanelClient;
  beforeEach(async () => {
    panel = await startTestPanel({ now: '2026-11-25T09:40:00' });
    client = panel.client();
    await client.login();
    await client.get('/dagen');
  });
  afterEach(() => panel.close());

  it('says a weekday without a plan has none (no invented day), and shows the own plan once one is added', async () => {
    const before = await client.get('/dagen');
    expect(before.text).toMatch(/<details class="card" open><summary>onsdag \(idag\)<\/summary>\s*<p class="muted no-plan">Ingen plan. Roboten säger ”Det vet jag inte”.<\/p>/);
    expect(panel.store.scheduleFor('2026-11-25').activities).toEqual([]);

    await client.post('/dagen/aktivitet/lagg-till', { weekday: '3', time: '10:00', what: 'Skogsutflykt' });
    expect(panel.store.scheduleFor('2026-11-25').activities).toEqual([{ time: '10:00', what: 'Skogsutflykt' }]);
    const after = await client.get('/dagen');
    expect(after.text).toMatch(/onsdag \(idag\)<\/summary>\s*<ul class="items"><li class="row"><span>10:00 Skogsutflykt<\/span>/);

    const [activity] = panel.store.plan(3);
    await client.post('/dagen/aktivitet/ta-bort', { id: String(activity?.id) });
    expect(panel.store.plan(3)).toEqual([]);
  });

  it('offers the usual day as a suggestion on first run; taken, it is every weekday\'s plan to edit, and is not offered again', async () => {
    const first = await client.get('/dagen');
    expect(first.text).toContain('<h2>Förslag: en vanlig dag</h2>');
    expect(first.text).toContain('<li>09:30 utevistelse</li>');
    const taken = await client.post('/dagen/forslag', { answer: 'take' });
    expect([taken.status, taken.location]).toEqual([303, '/dagen']);
    for (const weekday of [1, 2, 3, 4, 5] as const) expect(panel.store.plan(weekday).map((a) => a.time)).toEqual(['07:00', '09:00', '09:30', '11:30', '12:15', '14:30']);
    const after = await client.get('/dagen');
    expect(after.text).toContain('Förslaget gäller nu måndag–fredag.');
    expect(after.text).not.toContain('Förslag: en vanlig dag');
    // Gympa on Tuesdays instead of going out: the weekday's own plan is edited like any other.
    const tuesdayOut = panel.store.plan(2).find((a) => a.what === 'utevistelse');
    await client.post('/dagen/aktivitet/ta-bort', { id: String(tuesdayOut?.id) });
    await client.post('/dagen/aktivitet/lagg-till', { weekday: '2', time: '09:30', what: 'gympa' });
    expect(panel.store.scheduleFor('2026-12-01').activities.map((a) => a.what)).toContain('gympa');
    expect(panel.store.scheduleFor('2026-12-01').activities.map((a) => a.what)).not.toContain('utevistelse');
  });

  it('declining the suggestion keeps the plan empty and stops offering it', async () => {
    await client.post('/dagen/forslag', { answer: 'decline' });
    expect(panel.store.plan(3)).toEqual([]);
    expect((await client.get('/dagen')).text).not.toContain('Förslag: en vanlig dag');
    expect((await client.post('/dagen/forslag', { answer: 'maybe' })).location).toBe('/dagen');
  });

  it('adds a one-off plan for a date that replaces the weekday\'s that day only, refuses a past date, and removes it', async () => {
    panel.store.addActivity(4, '09:30', 'utevistelse');
    await client.post('/dagen/datum/lagg-till', { date: '2026-11-26', time: '09:00', what: 'Utflykt till skogen' });
    expect(panel.store.scheduleFor('2026-11-26').activities).toEqual([{ time: '09:00', what: 'Utflykt till skogen' }]);
    expect(panel.store.scheduleFor('2026-12-03').activities).toEqual([{ time: '09:30', what: 'utevistelse' }]);
    expect((await client.get('/dagen')).text).toMatch(/<h3>torsdag 26 november<\/h3><ul class="items"><li class="row"><span>09:00 Utflykt till skogen<\/span>/);
    await client.post('/dagen/datum/lagg-till', { date: '2026-11-24', time: '09:00', what: 'För sent' });
    expect((await client.get('/dagen')).text).toContain('Datumet har redan varit.');
    await client.post('/dagen/datum/lagg-till', { date: '2026-11-27', time: '', what: 'Ingen tid' });
    expect((await client.get('/dagen')).text).toContain('Skriv tiden som 15:30.');
    const [outing] = panel.store.datePlan('2026-11-26');
    await client.post('/dagen/datum/ta-bort', { id: String(outing?.id) });
    expect(panel.store.scheduleFor('2026-11-26').activities).toEqual([{ time: '09:30', what: 'utevistelse' }]);
  });

  it('refuses an activity without a time or text', async () => {
    await client.post('/dagen/aktivitet/lagg-till', { weekday: '3', time: '', what: 'Sång' });
    expect((await client.get('/dagen')).text).toContain('Skriv tiden som 15:30.');
    await client.post('/dagen/aktivitet/lagg-till', { weekday: '3', time: '10:00', what: '' });
    expect((await client.get('/dagen')).text).toContain('Skriv vad ni ska göra.');
    expect(panel.store.plan(3)).toEqual([]);
  });

  it('adds a message for a date for the robot to read out, refuses a past date, and removes it', async () => {
    await client.post('/dagen/meddelande/lagg-till', { date: '2026-11-26', text: 'Kom ihåg regnkläder' });
    expect(panel.store.messagesOn('2026-11-26').map((m) => m.text)).toEqual(['Kom ihåg regnkläder']);
    expect((await client.get('/dagen')).text).toMatch(/<h3>torsdag 26 november<\/h3><ul class="items"><li class="row"><span>Kom ihåg regnkläder<\/span>/);

    await client.post('/dagen/meddelande/lagg-till', { date: '2026-11-24', text: 'För sent' });
    expect((await client.get('/dagen')).text).toContain('Datumet har redan varit.');
    await client.post('/dagen/meddelande/lagg-till', { date: '2026-02-30', text: 'Inget datum' });
    expect((await client.get('/dagen')).text).toContain('Välj ett datum.');

    const [message] = panel.store.messagesOn('2026-11-26');
    await client.post('/dagen/meddelande/ta-bort', { id: String(message?.id) });
    expect(panel.store.messagesOn('2026-11-26')).toEqual([]);
  });
});
