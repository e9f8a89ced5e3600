import path from 'node:path';
import { readCorrections } from '../../skills/builtin/clothing/corrections';
import { JsonFileStore } from '../../robot/runtime/skill-store';
import { tempDir } from '../support/robot-harness';
import { startTestPanel, type PanelClient, type TestPanel } from './panel-harness';

const ticked = (key: string, garments: string[]): Array<[string, string]> => [['key', key], ...garments.map((g): [string, string] => ['garment', g])];

describe('the Kläder page', () => {
  let panel: TestPanel;
  let client: PanelClient;
  let file: string;
  let store: JsonFileStore;
  beforeEach(async () => {
    file = path.join(tempDir(), 'skill-data', 'clothing.json');
    store = new JsonFileStore(file);
    panel = await startTestPanel({ clothingStore: store });
    client = panel.client();
    await client.login();
    await client.get('/klader');
  });
  afterEach(() => panel.close());

  it('lists the weather classes that occur, with their temperatures and what the robot says today, ticked', async () => {
    // Wednesday 25 November 2026: the winter rules (overall, mössa, vantar, halsduk) whatever the forecast.
    const page = await client.get('/klader');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1>Kläder</h1>');
    // 22 keys less the six snowy ones for mild, warm and hot weather.
    expect(page.text.match(/<details class="card">/g)).toHaveLength(16);
    expect(page.text).not.toMatch(/Hett och snö|Varmt och snö|Milt och snö|Hett, blött och snö/);
    expect(page.text).toContain(
      '<summary><strong>Kallt och blött</strong> <span class="muted">(känns som 10 °C eller kallare)</span><br>Roboten säger idag: vattentät overall, stövlar, mössa, vantar, halsduk <span class="standard">(robotens regler)</span></summary>',
    );
    expect(page.text).toContain('<strong>Hett och sol</strong> <span class="muted">(känns som 20 °C eller varmare)</span>');
    expect(page.text).toContain('<input type="checkbox" name="garment" value="rain-clothes">regnkläder</label>');
    expect(page.text).toContain('<input type="checkbox" name="garment" value="mittens" checked>vantar</label>');
    expect(page.text).not.toContain('Tillbaka till reglerna');
    const english = await client.get('/klader?lang=en');
    expect(english.text).toContain('<strong>Cold, wet and snowy</strong> <span class="muted">(feels like 10 °C or colder)</span>');
    expect(english.text).toContain('value="overall" checked>snowsuit</label>');
  });

  it('saving exactly what the rules say keeps the rules (no correction)', async () => {
    const rules = ['waterproof-overall', 'boots', 'hat', 'mittens', 'scarf'];
    await client.post('/klader/spara', ticked('cold-wet', rules));
    expect(await readCorrections(store)).toEqual({});
    expect((await client.get('/klader')).text).toContain('Roboten följer sina regler igen för ”Kallt och blött”.');
  });

  it("saves a teacher's correction into the clothing skill's store, shows it, and goes back to the rules", async () => {
    const saved = await client.post('/klader/spara', ticked('cold-wet', ['hat', 'rain-clothes', 'boots']));
    expect([saved.status, saved.location]).toEqual([303, '/klader']);
    expect(await readCorrections(store)).toEqual({ 'cold-wet': ['rain-clothes', 'boots', 'hat'] });
    // On disk, where the robot's clothing skill reads it.
    expect(await readCorrections(new JsonFileStore(file))).toEqual({ 'cold-wet': ['rain-clothes', 'boots', 'hat'] });

    const page = await client.get('/klader');
    expect(page.text).toContain('Kläderna för ”Kallt och blött” är sparade.');
    expect(page.text).toContain('<summary><strong>Kallt och blött</strong> <span class="muted">(känns som 10 °C eller kallare)</span><br>Roboten säger idag: regnkläder, stövlar, mössa <span class="corrected">(ert val)</span></summary>');
    expect(page.text).toContain('value="boots" checked>stövlar');

    expect(page.text.match(/Tillbaka till reglerna/g)).toHaveLength(1);

    await client.post('/klader/spara', ticked('hot-sunny', []));
    expect(await readCorrections(store)).toEqual({ 'cold-wet': ['rain-clothes', 'boots', 'hat'], 'hot-sunny': [] });
    expect((await client.get('/klader')).text).toContain('Roboten säger idag: Inga särskilda kläder <span class="corrected">(ert val)</span></summary>');

    const back = await client.post('/klader/regler', { key: 'cold-wet' });
    expect([back.status, back.location]).toEqual([303, '/klader']);
    expect(await readCorrections(store)).toEqual({ 'hot-sunny': [] });
    const after = await client.get('/klader');
    expect(after.text).toContain('Roboten följer sina regler igen för ”Kallt och blött”.');
    expect(after.text).toContain('Roboten säger idag: vattentät overall, stövlar, mössa, vantar, halsduk <span class="standard">(robotens regler)</span></summary>');
  });

  it('refuses a forged form with an unknown garment or weather class and changes nothing', async () => {
    await client.post('/klader/spara', ticked('cold-wet', ['boots']));
    const forged = await client.post('/klader/spara', ticked('cold-wet', ['boots', 'flip-flops']));
    expect([forged.status, forged.location]).toEqual([303, '/klader']);
    expect((await client.get('/klader')).text).toContain('<p class="notice error" role="status">”flip-flops” är inget plagg roboten känner till. Inget sparades.</p>');
    await client.post('/klader/spara', ticked('cold-wet', ['<script>alert(1)</script>']));
    const escaped = await client.get('/klader');
    expect(escaped.text).toContain('”&lt;script&gt;alert(1)&lt;/script&gt;” är inget plagg');
    expect(escaped.text).not.toContain('<script');

    for (const key of ['freezing', '', 'cold-windy']) {
      await client.post('/klader/spara', ticked(key, ['boots']));
      expect((await client.get('/klader')).text).toContain('Det finns inte längre.');
      await client.post('/klader/regler', { key });
      expect((await client.get('/klader')).text).toContain('Det finns inte längre.');
    }
    expect(await readCorrections(store)).toEqual({ 'cold-wet': ['boots'] });
  });
});

describe('the Kläder page without the clothing skill\'s store', () => {
  it('says the advice cannot be changed here, and its forms save nothing', async () => {
    const panel = await startTestPanel();
    try {
      const client = panel.client();
      await client.login();
      const page = await client.get('/klader');
      expect(page.status).toBe(200);
      expect(page.text).toContain('Klädråden kan inte ändras här');
      expect(page.text).not.toContain('name="garment"');
      const post = await client.post('/klader/spara', ticked('cold-wet', ['boots']));
      expect(post.location).toBe('/klader');
      expect((await client.get('/klader')).text).toContain('<p class="notice error" role="status">Klädråden kan inte ändras här');
    } finally {
      await panel.close();
    }
  });
});
