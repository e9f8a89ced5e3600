/**
 * A teacher's phone: real headless Chromium (installed by test/run-all.sh), JavaScript off, 390×844 touch
 * screen. First password with the setup code, login, a child, today's pick-up, then English.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { SETUP_CODE, startTestPanel, type TestPanel } from './panel-harness';
import { fixedClock } from '../../core/clock';
import { at, testConfig, testRobot, type TestRobot } from '../support/robot-harness';

jest.setTimeout(90_000);

const NEW_PASSWORD = 'Vi fikar i skogen på fredag';
/** Where the test run leaves its screenshots of the panel, for a reviewer to look at. */
const SCREENSHOTS = path.resolve(__dirname, '../../test-output/panel');

async function expectTouchTargets(page: Page): Promise<void> {
  for (const target of await page.locator('main button, main input:not([type=hidden]), main select, header a').all()) {
    // Inside a closed <details>: not on the screen until opened.
    if (!(await target.isVisible())) continue;
    // A checkbox or radio button is tapped through its whole label.
    const kind = await target.getAttribute('type');
    const tapped = kind === 'checkbox' || kind === 'radio' ? target.locator('xpath=ancestor::label[1]') : target;
    const box = await tapped.boundingBox();
    const what = await target.evaluate((e) => e.outerHTML.slice(0, 120));
    expect([what, page.url(), (box?.height ?? 0) >= 44]).toEqual([what, page.url(), true]);
  }
}

describe('the panel in Chromium on a phone', () => {
  let browser: Browser;
  let panel: TestPanel;

  /** A phone-sized page without JavaScript, as a teacher's phone with scripts off. */
  async function phone() {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, javaScriptEnabled: false, locale: 'sv-SE' });
    return { context, page: await context.newPage() };
  }

  async function loggedInPhone() {
    const { context, page } = await phone();
    await page.goto(`${panel.url}/login`);
    await page.getByLabel('Lösenord').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).tap();
    await page.waitForURL(`${panel.url}/`);
    return { context, page };
  }
  let robot: TestRobot;
  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    // The robot the teachers' entries are for: the panel writes into its store.
    robot = testRobot({ config: { ...testConfig('baseline'), children: [] }, now: '2026-11-25T09:40:00', realClock: fixedClock(at('2026-11-25T10:00:00')) });
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
    });
    panel = await startTestPanel({
      firstStart: true,
      now: '2026-11-25T09:40:00',
      store: robot.preschool!,
      onChildrenChanged: () => robot.refreshRoster(),
      clothingStore: robot.skillStore('clothing'),
      // The menu system has Thursday's lunch; its feed is what the robot says unless a teacher types a day.
      fetchedMenu: async () => ({
        menu: { provider: 'skolmaten', days: [{ date: '2026-11-26', holiday: null, meals: [{ kind: 'lunch', dishes: ['Pannkakor med sylt'] }] }] },
        fetchedAt: '2026-11-25T05:00:00.000Z',
        stale: false,
      }),
      status: () => ({
        bridge: 'roboten hämtar dem själv (ingen bridge.url)',
        dataAge: null,
        errors: [],
        sources: [
          {
            id: 'weather',
            upstream: 'SMHI',
            state: { lastFailure: { at: '2026-11-25T08:39:00.000Z', problem: { kind: 'network', detail: 'getaddrinfo ENOTFOUND opendata-download-metfcst.smhi.se' } } },
          },
          { id: 'warnings', upstream: 'SMHI', state: {} },
          { id: 'lunch', upstream: 'Skolmaten', state: { lastSuccessAt: '2026-11-25T05:00:00.000Z', dataFetchedAt: '2026-11-25T05:00:00.000Z' } },
        ],
        model: 'enkel matchning (understanding.classifier "baseline")',
        skills: robot.skills.map((skill) => skill.manifest.name.sv),
        diskFreeBytes: 12_400_000_000,
        version: '0.1.0',
        certFingerprint: '3A:5F:…:9C',
        intentNames: Object.fromEntries(robot.skills.flatMap((skill) => skill.manifest.intents.map((i) => [i.id, skill.manifest.name.sv]))),
      }),
    });
  });
  afterAll(async () => {
    await browser?.close();
    await panel?.close();
    await robot?.close();
  });

  it('sets the password, logs in, adds Alva and her pick-up by mormor at 15:30, and switches to English', async () => {
    const { context, page } = await phone();

    await page.goto(panel.url);
    expect(new URL(page.url()).pathname).toBe('/setup');
    await expectTouchTargets(page);
    await page.getByLabel('Kod från roboten').fill(SETUP_CODE);
    await page.getByLabel('Nytt lösenord').fill(NEW_PASSWORD);
    await page.getByLabel('Samma lösenord igen').fill(NEW_PASSWORD);
    // The pick-up default for every child: no is chosen already.
    expect(await page.getByLabel('Nej, inte förrän vi säger ja för barnet (rekommenderas)').isChecked()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/setup.png`, fullPage: true });
    await page.getByRole('button', { name: 'Spara lösenord' }).tap();
    // Logged in straight away, on the children's page: no second login.
    await page.waitForURL(/\/barn$/);
    expect(await page.getByRole('status').textContent()).toBe('Lösenordet är sparat och du är inloggad. Lägg till barnen här.');
    expect(robot.preschool!.mayTellPickupByDefault()).toBe(false);

    await page.getByLabel('Förnamn').fill('Alva Svensson');
    await page.getByRole('button', { name: 'Lägg till barn' }).tap();
    await page.getByRole('status').filter({ hasText: 'skriv bara förnamnet, ett ord med bokstäver' }).waitFor();
    await page.getByLabel('Förnamn').fill('Alva');
    await page.getByRole('button', { name: 'Lägg till barn' }).tap();
    await page.getByRole('status').filter({ hasText: 'Alva är tillagd.' }).waitFor();
    expect(await page.getByRole('status').textContent()).toBe('Alva är tillagd.');
    expect(await page.getByRole('heading', { level: 2, name: 'Alva' }).count()).toBe(1);
    await expectTouchTargets(page);
    // Whether the robot may say who picks Alva up starts as no; her teacher says yes.
    await page.getByRole('button', { name: 'Ja', exact: true }).tap();
    await page.waitForURL(/\/barn$/);

    await page.getByRole('navigation').getByRole('link', { name: 'Idag' }).tap();
    await page.waitForURL(`${panel.url}/`);
    await page.locator('select[name=child]').selectOption({ label: 'Alva' });
    await page.getByLabel('Vem hämtar').fill('mormor');
    await page.getByLabel('Tid').fill('15:30');
    await page.getByRole('button', { name: 'Spara', exact: true }).tap();
    await page.waitForURL(`${panel.url}/`);
    expect(await page.getByRole('status').textContent()).toBe('Hämtningen för Alva är sparad.');
    const listed = (await page.locator('ul.items > li').first().textContent()) ?? '';
    expect(listed.replace(/\s+/g, ' ')).toContain('Alva · mormor · 15:30');
    expect(robot.preschool!.pickupFor('Alva', '2026-11-25')).toEqual({ kind: 'pickup', child: 'Alva', who: 'mormor', time: '15:30' });
    expect(robot.roster).toEqual(['Alva']);
    const answer = await robot.conversation.ask('vem hämtar alva');
    expect(answer.answer).toBe('Mormor hämtar Alva klockan halv fyra.');
    await expectTouchTargets(page);
    const body = await page.locator('body').boundingBox();
    expect(body?.width ?? 999).toBeLessThanOrEqual(390);

    await page.getByRole('link', { name: 'English' }).tap();
    await page.waitForURL(/\?lang=en$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Today');
    expect(await page.getByRole('heading', { level: 2, name: 'Picked up today' }).count()).toBe(1);
    await context.close();
  });

  it('shows a child\'s alert within seconds in the Idag strip above the pick-up form, and "Kvittera alla" clears them', async () => {
    const { context, page } = await loggedInPhone();
    const strip = page.frameLocator('iframe.alert-strip');
    expect(await strip.getByText('Inga larm att kvittera.').count()).toBe(1);
    const formBefore = await page.locator('select[name=child]').boundingBox();

    // Three children speak while the page is open: the strip shows them without anyone reloading.
    await robot.conversation.ask('jag har ont i knät');
    await robot.conversation.ask('min kompis är ledsen');
    await robot.conversation.ask('jag kan inte andas');
    await strip.getByText('NÖDLÄGE').waitFor({ timeout: 15_000 });
    const rows = await strip.locator('ul.alerts > li').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('jag kan inte andas');
    expect(rows[1]).toContain('min kompis är ledsen');
    expect(await strip.getByText('1 larm till').count()).toBe(1);

    // Open alerts never push the pick-up form down: it starts where it did without them, on the first screen.
    const formAfter = await page.locator('select[name=child]').boundingBox();
    expect(formAfter?.y).toBe(formBefore?.y);
    expect((formAfter?.y ?? 9999) + (formAfter?.height ?? 0)).toBeLessThanOrEqual(844);
    await page.screenshot({ path: `${SCREENSHOTS}/idag-med-larm.png` });

    await strip.getByRole('button', { name: 'Kvittera alla' }).tap();
    await page.waitForURL(`${panel.url}/`);
    expect(await page.getByRole('status').textContent()).toBe('Alla larm är kvitterade.');
    expect(robot.preschool!.openAlerts()).toEqual([]);
    expect(await page.frameLocator('iframe.alert-strip').getByText('Inga larm att kvittera.').count()).toBe(1);

    await page.goto(`${panel.url}/larm`);
    expect(await page.locator('meta[http-equiv=refresh]').getAttribute('content')).toBe('10');
    expect(await page.locator('ul.alerts > li.done').count()).toBe(3);
    await page.screenshot({ path: `${SCREENSHOTS}/larm.png`, fullPage: true });
    await context.close();
  });

  it('shows every page on the phone: the plan suggestion, the typed menu and its source, the ratings, the clothes today, an honest status', async () => {
    const { context, page } = await loggedInPhone();
    const shoot = async (name: string): Promise<void> => {
      const body = await page.locator('body').boundingBox();
      expect(body?.width ?? 999).toBeLessThanOrEqual(390);
      await expectTouchTargets(page);
      await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
    };
    await shoot('idag');
    await page.goto(`${panel.url}/barn`);
    await shoot('barn');

    // No plan: the robot does not know; the usual day is offered, taken, then Tuesday gets gympa.
    expect((await robot.conversation.ask('vad ska vi göra idag')).answer).toBe('Jag vet inte vad vi ska göra idag. Fråga en fröken!');
    await page.goto(`${panel.url}/dagen`);
    await shoot('dagen-forslag');
    await page.getByRole('button', { name: 'Använd för måndag–fredag' }).tap();
    await page.getByRole('status').filter({ hasText: 'Förslaget gäller nu måndag–fredag.' }).waitFor();
    expect((await robot.conversation.ask('vad ska vi göra idag')).answer).toContain('Klockan halv tolv är det lunch');
    await page.getByLabel('Datum').first().fill('2026-11-27');
    await page.locator('form[action="/dagen/datum/lagg-till"]').getByLabel('Tid').fill('09:00');
    await page.locator('form[action="/dagen/datum/lagg-till"]').getByLabel('Aktivitet').fill('Utflykt till skogen');
    await page.locator('form[action="/dagen/datum/lagg-till"]').getByRole('button', { name: 'Lägg till' }).tap();
    await page.getByRole('status').filter({ hasText: 'Sparat.' }).waitFor();
    expect(robot.preschool!.scheduleFor('2026-11-27').activities).toEqual([{ time: '09:00', what: 'Utflykt till skogen' }]);
    await shoot('dagen');

    // The Mat page: coming days only, each with where the robot's answer comes from; a typed day wins.
    await page.goto(`${panel.url}/mat`);
    expect(await page.getByText('Roboten säger: menysystemets Pannkakor med sylt.').count()).toBe(1);
    await page.getByLabel('ons 25 nov (idag)').fill('Fiskgratäng');
    await page.getByRole('button', { name: 'Spara' }).first().tap();
    await page.getByRole('status').filter({ hasText: 'Menyn är sparad.' }).waitFor();
    expect(await page.getByText('Roboten säger: det inskrivna.').count()).toBe(1);
    robot.preschool!.countLunchRating('2026-11-24', 'Köttbullar', 'good');
    robot.preschool!.countLunchRating('2026-11-24', 'Köttbullar', 'bad');
    await page.reload();
    expect(await page.getByText('God: 1 · Sådär: 0 · Inte god: 1').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Ladda ner veckan (CSV)' }).getAttribute('href')).toBe('/mat/omdomen.csv');
    await shoot('mat');

    await page.goto(`${panel.url}/klader`);
    expect(await page.locator('details.card').count()).toBe(16);
    await page.locator('details.card summary').first().tap();
    await shoot('klader');

    await page.goto(`${panel.url}/larm`);
    await shoot('larm-lista');
    await page.goto(`${panel.url}/status`);
    expect(await page.getByText('Kan inte nå SMHI — ingen internetanslutning?').count()).toBeGreaterThan(0);
    expect(await page.getByText('Inga fel.').count()).toBe(0);
    expect(await page.getByText('3A:5F:…:9C').count()).toBe(1);
    await shoot('status');
    await page.goto(`${panel.url}/losenord`);
    await shoot('losenord');
    await context.close();
  });
});
