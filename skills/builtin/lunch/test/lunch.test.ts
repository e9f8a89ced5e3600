import fs from 'node:fs';
import path from 'node:path';
import { parseOpenMeal } from '../../../../bridge/adapters/lunch/openmeal';
import { parseSkolmaten } from '../../../../bridge/adapters/lunch/skolmaten';
import type { Menu } from '../../../../bridge/types';
import lunch, { NO_MENU } from '..';
import { replySchema } from '../../../sdk/manifest-schema';
import type { Slots } from '../../../sdk/types';
import { at, makeContext } from '../../../../test/support/skill-context';
import { type Answers, bridgeData, lunchAnswer, warnLog } from '../../../../test/support/data-answers';

// Skolmaten week 20 of 2026: Monday 11 May to Friday 15 May; Thursday 14 May is Kristi himmelfärdsdag.
const FETCHED_AT = '2026-05-11T05:00:00Z';
const MONDAY = '2026-05-11';
const WEDNESDAY = '2026-05-13';

async function ask(now: string, slots: Slots = {}, answers: Answers = { lunch: lunchAnswer(FETCHED_AT) }) {
  const log = warnLog();
  const data = bridgeData(answers);
  const reply = await lunch.handle(makeContext({ now: at(now), slots, data, log }));
  expect(replySchema.parse(reply)).toEqual(reply);
  return { reply, speech: reply.speech, warnings: log.warnings, requests: data.requests };
}

function fixture(file: string): string {
  return fs.readFileSync(path.resolve(__dirname, '../../../../test/fixtures/bridge/lunch', file), 'utf8');
}

function parsed(result: ReturnType<typeof parseSkolmaten>): Menu {
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.value;
}

const MONDAY_FOOD = { sv: 'fiskgratäng med potatismos eller grönsaksgratäng med potatismos', en: 'fiskgratäng med potatismos or grönsaksgratäng med potatismos' };
const TUESDAY_FOOD = {
  sv: 'köttbullar med makaroner och ketchup eller vegetariska bullar med makaroner',
  en: 'köttbullar med makaroner och ketchup or vegetariska bullar med makaroner',
};

describe('the lunch skill with a Skolmaten week', () => {
  it('says what we are going to eat before noon, asking the menu for that day only', async () => {
    const { reply, requests } = await ask(`${MONDAY}T11:59`);
    expect(reply).toEqual({ speech: { sv: `Idag ska vi äta ${MONDAY_FOOD.sv}.`, en: `Today we're having ${MONDAY_FOOD.en}.` }, expression: 'happy' });
    expect(requests).toEqual([{ source: 'lunch', params: { from: MONDAY, to: MONDAY } }]);
  });

  it('says what we ate from noon', async () => {
    expect((await ask(`${MONDAY}T12:00`)).speech).toEqual({ sv: `Idag åt vi ${MONDAY_FOOD.sv}.`, en: `Today we had ${MONDAY_FOOD.en}.` });
  });

  it('says what it will be tomorrow and on a weekday, and what we ate yesterday', async () => {
    expect((await ask(`${MONDAY}T09:00`, { date: '2026-05-12' })).speech).toEqual({
      sv: `Imorgon blir det ${TUESDAY_FOOD.sv}.`,
      en: `Tomorrow it's ${TUESDAY_FOOD.en}.`,
    });
    expect((await ask(`${MONDAY}T09:00`, { date: '2026-05-15' })).speech).toEqual({
      sv: 'På fredag blir det kyckling pannbiff med kokt potatis och brunsås eller vegetarisk biff med kokt potatis och brunsås.',
      en: "On Friday it's kyckling pannbiff med kokt potatis och brunsås or vegetarisk biff med kokt potatis och brunsås.",
    });
    expect((await ask(`${WEDNESDAY}T09:00`, { date: '2026-05-12' })).speech).toEqual({
      sv: `Igår åt vi ${TUESDAY_FOOD.sv}.`,
      en: `Yesterday we had ${TUESDAY_FOOD.en}.`,
    });
  });

  it('lists three dishes as alternatives, with "och" for "&" in Swedish, and "Kökets val" as the kitchen choosing', async () => {
    expect((await ask(`${WEDNESDAY}T09:00`)).speech).toEqual({
      sv: 'Idag ska vi äta pasta och köttfärssås med riven ost, linssås med pasta eller något som köket väljer.',
      en: "Today we're having pasta & köttfärssås med riven ost, linssås med pasta or something the kitchen chooses.",
    });
  });

  it('says the preschool is closed on a Saturday, without asking for the menu', async () => {
    const { reply, requests } = await ask(`${WEDNESDAY}T09:00`, { date: '2026-05-16' });
    expect(reply).toEqual({ speech: { sv: 'På lördag är förskolan stängd.', en: 'On Saturday the preschool is closed.' }, expression: 'neutral' });
    expect(requests).toEqual([]);
  });

  it('says the preschool is closed on Kristi himmelfärdsdag', async () => {
    expect((await ask(`${MONDAY}T09:00`, { date: '2026-05-14' })).speech).toEqual({
      sv: 'På torsdag är förskolan stängd.',
      en: 'On Thursday the preschool is closed.',
    });
    expect((await ask('2026-05-14T09:00')).speech).toEqual({ sv: 'Idag är förskolan stängd.', en: 'Today the preschool is closed.' });
  });

  it('says the preschool is closed on a weekday the source marks closed', async () => {
    const studyDay = fixture('skolmaten-week.xml').replace(/Hemlagade köttbullar[^<]*&lt;br\/&gt;[^<]*/, 'Stängt – studiedag');
    const { speech } = await ask(`${MONDAY}T09:00`, { date: '2026-05-12' }, { lunch: lunchAnswer(FETCHED_AT, parsed(parseSkolmaten(studyDay))) });
    expect(speech).toEqual({ sv: 'Imorgon är förskolan stängd.', en: 'Tomorrow the preschool is closed.' });
  });

  it('says kindly that it does not know a weekday the menu does not have', async () => {
    const { reply } = await ask(`${WEDNESDAY}T09:00`, { date: '2026-05-18' });
    expect(reply).toEqual({
      speech: { sv: 'Jag vet inte vad det blir för mat på måndag. Fråga en fröken!', en: "I don't know what's for lunch on Monday. Ask a teacher!" },
      expression: 'thinking',
    });
  });

  it('gives the lunch when asked about a snack the source does not list, and says so', async () => {
    expect((await ask(`${MONDAY}T09:00`, { meal: 'snack' })).speech).toEqual({
      sv: `Mellis vet jag inte, men idag ska vi äta ${MONDAY_FOOD.sv} till lunch.`,
      en: `I don't know about snack, but today we're having ${MONDAY_FOOD.en} for lunch.`,
    });
  });

  it('says briefly that a menu fetched more than a week ago may be old', async () => {
    expect((await ask(`${MONDAY}T09:00`, {}, { lunch: lunchAnswer('2026-05-04T07:00:00Z') })).speech.sv).toBe(`Idag ska vi äta ${MONDAY_FOOD.sv}.`);
    expect((await ask(`${MONDAY}T09:00`, {}, { lunch: lunchAnswer('2026-05-04T06:59:00Z') })).speech).toEqual({
      sv: `Min matsedel är lite gammal. Idag ska vi äta ${MONDAY_FOOD.sv}.`,
      en: `My menu is a bit old. Today we're having ${MONDAY_FOOD.en}.`,
    });
  });
});

describe('the lunch skill with an Open Meal menu of breakfast, lunch and snack', () => {
  const openMeal = () => ({ lunch: lunchAnswer('2026-03-02T05:00:00Z', parsed(parseOpenMeal(fixture('openmeal-meals.json')))) });

  it('tells the snack asked about, before and after it is eaten', async () => {
    expect((await ask('2026-03-02T10:00', { meal: 'snack' }, openMeal())).speech).toEqual({
      sv: 'Idag ska vi äta knäckebröd med ost och gurka till mellis.',
      en: "Today we're having knäckebröd med ost och gurka for snack.",
    });
    expect((await ask('2026-03-02T15:00', { meal: 'snack' }, openMeal())).speech.sv).toBe('Idag åt vi knäckebröd med ost och gurka till mellis.');
  });

  it('tells breakfast, and the lunch without naming it when lunch is asked about', async () => {
    expect((await ask('2026-03-02T10:00', { meal: 'breakfast' }, openMeal())).speech.en).toBe('Today we had havregrynsgröt med mjölk och äppelmos for breakfast.');
    expect((await ask('2026-03-02T10:00', { meal: 'lunch' }, openMeal())).speech.sv).toBe('Idag ska vi äta lasagne med nötfärs eller vegetarisk lasagne.');
  });
});

describe('the lunch skill with a menu a teacher typed in', () => {
  it('says at most four alternatives and keeps an abbreviation as written', async () => {
    const menu: Menu = {
      provider: 'manual',
      days: [{ date: MONDAY, holiday: null, meals: [{ kind: 'lunch', dishes: ['BBQ-kyckling med ris', 'Tacos', 'Soppa', 'Pannkakor', 'Gröt'] }] }],
    };
    expect((await ask(`${MONDAY}T09:00`, {}, { lunch: lunchAnswer(FETCHED_AT, menu) })).speech.sv).toBe(
      'Idag ska vi äta BBQ-kyckling med ris, tacos, soppa eller pannkakor.',
    );
  });
});

describe('the lunch skill without a menu', () => {
  it('answers kindly that it has none when the request rejects, and logs why', async () => {
    const { reply, warnings } = await ask(`${MONDAY}T09:00`, {}, { lunch: new Error('bridge down') });
    expect(reply).toEqual({
      speech: { sv: 'Jag har ingen matsedel just nu. Fråga en fröken vad det blir för mat!', en: "I don't have the menu right now. Ask a teacher what's for lunch!" },
      expression: 'thinking',
    });
    expect(warnings).toEqual(['no "lunch" data']);
  });

  it('answers the same for a malformed menu, and logs it', async () => {
    const { reply, warnings } = await ask(`${MONDAY}T09:00`, {}, { lunch: { menu: { provider: 'skolmaten', days: 'soon' }, fetchedAt: FETCHED_AT, stale: false } });
    expect(reply).toEqual(NO_MENU);
    expect(warnings).toEqual(['ignored malformed "lunch" data']);
  });
});
