import schedule, { NO_SCHEDULE } from '..';
import { kindOf } from '../activity-kinds';
import { scheduleQuestion } from '../asked-schedule';
import { NOT_ACTIVITY_WORDS, NOT_YES_NO_WORDS, WHEN_WORDS, YES_NO_STARTS } from '../question-words';
import type { Activity } from '../../../sdk/data';
import { replySchema } from '../../../sdk/manifest-schema';
import type { JsonValue } from '../../../../core/json';
import type { Lang } from '../../../../core/languages';
import type { Slots } from '../../../sdk/types';
import { at, makeContext } from '../../../../test/support/skill-context';
import { type Answers, bridgeData, warnLog } from '../../../../test/support/data-answers';

// Wednesday 25 November 2026 in Stockholm; Friday the 27th is "i övermorgon", Monday the 30th "på måndag".
const TODAY = '2026-11-25';
const MONDAY = '2026-11-30';

/** A Wednesday as teachers plan it, with going out twice. */
const WEDNESDAY_PLAN: Activity[] = [
  { time: '08:00', what: 'Frukost' },
  { time: '09:00', what: 'Fruktstund' },
  { time: '10:00', what: 'Utevistelse' },
  { time: '11:30', what: 'Lunch' },
  { time: '12:30', what: 'Vila' },
  { time: '14:00', what: 'Sångsamling' },
  { time: '14:30', what: 'Mellanmål' },
  { time: '15:00', what: 'Utevistelse på gården' },
];

const MONDAY_PLAN: Activity[] = [
  { time: '08:00', what: 'Frukost' },
  { time: '09:00', what: 'Fruktstund' },
  { time: '09:30', what: 'Skogsutflykt' },
  { time: '11:30', what: 'Lunch' },
  { time: '12:30', what: 'Läsvila' },
];

function plan(date: string, activities: Activity[], messages: string[] = []): JsonValue {
  return JSON.parse(JSON.stringify({ date, activities, messages })) as JsonValue;
}

interface Question {
  text: string;
  now?: string;
  slots?: Slots;
  lang?: Lang;
}

async function ask({ text, now = '09:40', slots = {}, lang = 'sv' }: Question, answers: Answers = { schedule: plan(TODAY, WEDNESDAY_PLAN) }) {
  const log = warnLog();
  const data = bridgeData(answers);
  const reply = await schedule.handle(makeContext({ now: at(`${TODAY}T${now}`), intent: 'schedule', text, slots, lang, data, log }));
  expect(replySchema.parse(reply)).toEqual(reply);
  return { reply, speech: reply.speech, warnings: log.warnings, requests: data.requests };
}

describe('the schedule skill telling the day', () => {
  it('tells what is still ahead today two activities at a time, the rest as parts after "Vill du höra mer?"', async () => {
    const { reply, requests } = await ask({ text: 'vad ska vi göra idag' });
    expect(reply).toEqual({
      speech: {
        sv: 'Klockan tio är det utevistelse och klockan halv tolv är det lunch.',
        en: "At ten o'clock it's utevistelse and at half past eleven it's lunch.",
      },
      expression: 'happy',
      more: [
        { sv: 'Klockan halv ett är det vila och klockan två är det sångsamling.', en: "At half past twelve it's vila and at two o'clock it's sångsamling." },
        { sv: 'Klockan halv tre är det mellanmål och klockan tre är det utevistelse på gården.', en: "At half past two it's mellanmål and at three o'clock it's utevistelse på gården." },
      ],
    });
    expect(requests).toEqual([{ source: 'schedule', params: { date: TODAY } }]);
  });

  it('counts an activity starting this minute as still ahead', async () => {
    expect((await ask({ text: 'vad gör vi idag', now: '14:30' })).speech).toEqual({
      sv: 'Klockan halv tre är det mellanmål och klockan tre är det utevistelse på gården.',
      en: "At half past two it's mellanmål and at three o'clock it's utevistelse på gården.",
    });
  });

  it('says everything is done after the last activity', async () => {
    expect((await ask({ text: 'vad ska vi göra', now: '15:30' })).reply).toEqual({
      speech: {
        sv: 'Nu har vi gjort allt för idag. Snart är det dags att gå hem.',
        en: "We have done everything for today. Soon it's time to go home.",
      },
      expression: 'happy',
    });
  });

  it("reads the teachers' messages after the plan, each a part of its own", async () => {
    const answers = { schedule: plan(TODAY, WEDNESDAY_PLAN, ['Kom ihåg regnkläder imorgon', 'idag fyller Alva år!']) };
    const messages = [
      { sv: 'Kom ihåg regnkläder imorgon.', en: 'Kom ihåg regnkläder imorgon.' },
      { sv: 'Idag fyller Alva år!', en: 'Idag fyller Alva år!' },
    ];
    const afternoon = (await ask({ text: 'vad ska vi göra idag', now: '14:45' }, answers)).reply;
    expect(afternoon.speech).toEqual({ sv: 'Klockan tre är det utevistelse på gården.', en: "At three o'clock it's utevistelse på gården." });
    expect(afternoon.more).toEqual(messages);
    const evening = (await ask({ text: 'vad ska vi göra idag', now: '16:00' }, answers)).reply;
    expect(evening.speech.sv).toBe('Nu har vi gjort allt för idag. Snart är det dags att gå hem.');
    expect(evening.more).toEqual(messages);
  });

  it("tells another day's plan from its start, asking the data for that day, with that day's messages", async () => {
    const { reply, requests } = await ask(
      { text: 'vad ska vi göra på måndag', slots: { date: MONDAY } },
      { schedule: plan(MONDAY, MONDAY_PLAN, ['Ta med matsäck']) },
    );
    expect(reply.speech).toEqual({
      sv: 'På måndag är det frukost klockan åtta och klockan nio är det fruktstund.',
      en: "On Monday it's frukost at eight o'clock and at nine o'clock it's fruktstund.",
    });
    expect(reply.more).toEqual([
      { sv: 'Klockan halv tio är det skogsutflykt och klockan halv tolv är det lunch.', en: "At half past nine it's skogsutflykt and at half past eleven it's lunch." },
      { sv: 'Klockan halv ett är det läsvila.', en: "At half past twelve it's läsvila." },
      { sv: 'Ta med matsäck.', en: 'Ta med matsäck.' },
    ]);
    expect(requests).toEqual([{ source: 'schedule', params: { date: MONDAY } }]);
  });

  it('says the preschool is closed on a Saturday, without asking for the plan', async () => {
    const { reply, requests } = await ask({ text: 'vad ska vi göra på lördag', slots: { date: '2026-11-28' } });
    expect(reply).toEqual({ speech: { sv: 'På lördag är förskolan stängd.', en: 'On Saturday the preschool is closed.' }, expression: 'neutral' });
    expect(requests).toEqual([]);
  });

  it('does not tell a day gone by', async () => {
    const { reply, requests } = await ask({ text: 'vad gjorde vi igår', slots: { date: '2026-11-24' } });
    expect(reply).toEqual({ speech: { sv: 'Det kommer jag inte ihåg. Fråga en fröken!', en: "I don't remember. Ask a teacher!" }, expression: 'thinking' });
    expect(requests).toEqual([]);
  });

  it('says it does not know, and logs why, when the data request rejects', async () => {
    const today = await ask({ text: 'vad ska vi göra idag' }, { schedule: new Error('the preschool store is closed') });
    expect(today.reply).toEqual(NO_SCHEDULE);
    expect(today.reply.speech.sv).toBe('Jag vet inte vad vi ska göra idag. Fråga en fröken!');
    expect(today.warnings).toEqual(['no "schedule" data']);

    const monday = await ask({ text: 'vad ska vi göra på måndag', slots: { date: MONDAY } }, { schedule: new Error('down') });
    expect(monday.reply).toEqual({
      speech: { sv: 'Jag vet inte vad vi ska göra på måndag. Fråga en fröken!', en: "I don't know what we are doing on Monday. Ask a teacher!" },
      expression: 'thinking',
    });
  });

  it('says it does not know, and logs it, for a malformed plan', async () => {
    const answers = { schedule: plan(TODAY, [{ time: 'nio', what: 'fruktstund' }]) };
    const { reply, warnings } = await ask({ text: 'vad ska vi göra idag' }, answers);
    expect(reply).toEqual(NO_SCHEDULE);
    expect(warnings).toEqual(['ignored malformed "schedule" data']);
  });

  it('says it does not know a plan without activities, and still reads the messages', async () => {
    const { reply } = await ask({ text: 'när ska vi gå ut' }, { schedule: plan(TODAY, [], ['Kom ihåg regnkläder imorgon']) });
    expect(reply).toEqual({
      speech: { sv: 'Jag vet inte vad vi ska göra idag. Fråga en fröken!', en: "I don't know what we are doing today. Ask a teacher!" },
      expression: 'thinking',
      more: [{ sv: 'Kom ihåg regnkläder imorgon.', en: 'Kom ihåg regnkläder imorgon.' }],
    });
  });
});

describe('the schedule skill telling when', () => {
  const ONE_OUTING = plan(TODAY, [
    { time: '09:00', what: 'Fruktstund' },
    { time: '10:00', what: 'Utevistelse' },
    { time: '11:30', what: 'Lunch' },
  ]);

  it('says when we go out, and that we were out once it is done', async () => {
    expect((await ask({ text: 'när ska vi gå ut' }, { schedule: ONE_OUTING })).reply).toEqual({
      speech: { sv: 'Vi går ut klockan tio.', en: "We're going outside at ten o'clock." },
      expression: 'happy',
    });
    expect((await ask({ text: 'when do we go outside', lang: 'en', now: '10:20' }, { schedule: ONE_OUTING })).speech).toEqual({
      sv: 'Vi gick ut klockan tio.',
      en: "We went outside at ten o'clock.",
    });
  });

  it('tells every time we go out that is still ahead, whatever the plan calls it', async () => {
    expect((await ask({ text: 'när går vi ut' })).speech).toEqual({
      sv: 'Vi går ut klockan tio och klockan tre.',
      en: "We're going outside at ten o'clock and at three o'clock.",
    });
    expect((await ask({ text: 'när ska vi gå ut', now: '16:00' })).speech.sv).toBe('Vi gick ut klockan tre.');
  });

  it('says it does not know when the plan has no going out', async () => {
    const indoors = plan(TODAY, [{ time: '09:00', what: 'Fruktstund' }, { time: '11:30', what: 'Lunch' }]);
    expect((await ask({ text: 'när ska vi gå ut' }, { schedule: indoors })).reply).toEqual({
      speech: { sv: 'Det vet jag inte. Fråga en fröken!', en: "I don't know. Ask a teacher!" },
      expression: 'thinking',
    });
  });

  it('says when we rest', async () => {
    expect((await ask({ text: 'när är det vila' })).speech).toEqual({ sv: 'Vi vilar klockan halv ett.', en: 'Rest time is at half past twelve.' });
    expect((await ask({ text: 'when is rest time', lang: 'en' })).speech.en).toBe('Rest time is at half past twelve.');
    expect((await ask({ text: 'när ska vi sova', now: '13:00' })).speech).toEqual({ sv: 'Vilan började klockan halv ett.', en: 'Rest time started at half past twelve.' });
  });

  it('says when any activity in the plan is, as the plan writes it', async () => {
    expect((await ask({ text: 'när är det fruktstund', now: '08:30' })).speech).toEqual({
      sv: 'Klockan nio är det fruktstund.',
      en: "At nine o'clock it's fruktstund.",
    });
    expect((await ask({ text: 'när är det fruktstund' })).speech.sv).toBe('Klockan nio var det fruktstund.');
    expect((await ask({ text: 'när är det samling' })).speech.sv).toBe('Klockan två är det sångsamling.');
    expect((await ask({ text: 'vilken tid är det mellis' })).speech.sv).toBe('Klockan halv tre är det mellanmål.');
    expect((await ask({ text: 'när ska vi äta' })).speech.sv).toBe('Klockan halv tolv är det lunch och klockan halv tre är det mellanmål.');
  });

  it('finds a word of the plan it has no list for', async () => {
    const gym = plan(TODAY, [{ time: '10:00', what: 'Gympa i salen' }]);
    expect((await ask({ text: 'när har vi gympan' }, { schedule: gym })).speech.sv).toBe('Klockan tio är det gympa i salen.');
    expect((await ask({ text: 'när är det disco' }, { schedule: gym })).reply.speech.sv).toBe('Det vet jag inte. Fråga en fröken!');
  });

  it('says when on another day', async () => {
    const answers = { schedule: plan(MONDAY, MONDAY_PLAN) };
    expect((await ask({ text: 'när ska vi gå ut på måndag', slots: { date: MONDAY } }, answers)).speech).toEqual({
      sv: 'På måndag går vi ut klockan halv tio.',
      en: "On Monday we're going outside at half past nine.",
    });
    expect((await ask({ text: 'när är det vila på måndag', slots: { date: MONDAY } }, answers)).speech).toEqual({
      sv: 'På måndag vilar vi klockan halv ett.',
      en: 'On Monday rest time is at half past twelve.',
    });
  });
});

describe('the schedule skill telling what comes after', () => {
  it('says what comes after lunch, in the words the child used', async () => {
    expect((await ask({ text: 'vad händer efter lunchen' })).reply).toEqual({
      speech: { sv: 'Efter lunchen är det vila.', en: "After lunchen it's vila." },
      expression: 'happy',
    });
    expect((await ask({ text: 'what happens after lunch', lang: 'en' })).speech.en).toBe("After lunch it's vila.");
  });

  it('finds mellanmål for mellis', async () => {
    expect((await ask({ text: 'vad gör vi efter mellis' })).speech.sv).toBe('Efter mellis är det utevistelse på gården.');
  });

  it('says what came after once it is done', async () => {
    expect((await ask({ text: 'vad gjorde vi efter lunchen', now: '13:00' })).speech.sv).toBe('Efter lunchen var det vila.');
  });

  it('names the day for another day, leaving the day out of the child words', async () => {
    const answers = { schedule: plan(MONDAY, MONDAY_PLAN) };
    expect((await ask({ text: 'vad händer efter lunchen på måndag', slots: { date: MONDAY } }, answers)).speech).toEqual({
      sv: 'Efter lunchen på måndag är det läsvila.',
      en: "After lunchen on Monday it's läsvila.",
    });
  });

  it('says it does not know what comes after the last activity, or after one not in the plan', async () => {
    expect((await ask({ text: 'vad händer efter utevistelsen', now: '14:45' })).reply.speech.sv).toBe('Det vet jag inte. Fråga en fröken!');
    expect((await ask({ text: 'vad händer efter discot' })).reply.speech.sv).toBe('Det vet jag inte. Fråga en fröken!');
  });
});

describe('the schedule skill answering yes from the plan', () => {
  const GYM_DAY = plan(TODAY, [
    { time: '09:00', what: 'Fruktstund' },
    { time: '10:00', what: 'Gympa' },
    { time: '11:30', what: 'Lunch' },
    { time: '14:00', what: 'Sångsamling' },
  ]);

  it('says yes, and when, for what is still ahead today', async () => {
    const { reply, requests } = await ask({ text: 'har vi gympa idag' }, { schedule: GYM_DAY });
    expect(reply).toEqual({ speech: { sv: 'Ja! Klockan tio är det gympa.', en: "Yes! At ten o'clock it's gympa." }, expression: 'happy' });
    expect(requests).toEqual([{ source: 'schedule', params: { date: TODAY } }]);
    expect((await ask({ text: 'blir det sångsamling idag' }, { schedule: GYM_DAY })).speech.sv).toBe('Ja! Klockan två är det sångsamling.');
    expect((await ask({ text: 'laiban får vi gå ut idag' })).speech).toEqual({
      sv: 'Ja! Vi går ut klockan tio och klockan tre.',
      en: "Yes! We're going outside at ten o'clock and at three o'clock.",
    });
  });

  it('says yes, and when it was, for what is done today', async () => {
    expect((await ask({ text: 'har vi gympa idag', now: '11:00' }, { schedule: GYM_DAY })).speech).toEqual({
      sv: 'Ja, klockan tio var det gympa.',
      en: "Yes, at ten o'clock it was gympa.",
    });
    expect((await ask({ text: 'ska vi gå ut idag', now: '16:00' })).speech).toEqual({ sv: 'Ja, vi gick ut klockan tre.', en: 'Yes, we went outside at three o\'clock.' });
  });

  it('says yes on another day, starting with the day, asking the data for that day', async () => {
    const monday = await ask({ text: 'är det utflykt på måndag', slots: { date: MONDAY } }, { schedule: plan(MONDAY, MONDAY_PLAN) });
    expect(monday.speech).toEqual({ sv: 'Ja! På måndag är det skogsutflykt klockan halv tio.', en: "Yes! On Monday it's skogsutflykt at half past nine." });
    expect(monday.requests).toEqual([{ source: 'schedule', params: { date: MONDAY } }]);
    const friday = plan('2026-11-27', [{ time: '09:00', what: 'Utflykt' }]);
    expect((await ask({ text: 'är det utflykt på fredag', now: '16:00', slots: { date: '2026-11-27' } }, { schedule: friday })).speech.sv).toBe(
      'Ja! I övermorgon är det utflykt klockan nio.',
    );
  });

  it('says that the plan does not have it, never a no, for what is not in the plan', async () => {
    expect((await ask({ text: 'har vi gympa idag' })).reply).toEqual({
      speech: { sv: 'Det står inte i planen. Fråga en fröken!', en: "It's not in the plan. Ask a teacher!" },
      expression: 'thinking',
    });
    // Going out in the yard is no yes to the forest.
    expect((await ask({ text: 'ska vi till skogen idag' })).speech.sv).toBe('Det står inte i planen. Fråga en fröken!');
  });

  it('answers in English, finding a place by its Swedish name', async () => {
    expect((await ask({ text: 'do we have gympa today', lang: 'en' }, { schedule: GYM_DAY })).speech.en).toBe("Yes! At ten o'clock it's gympa.");
    const forest = plan(TODAY, [...WEDNESDAY_PLAN.slice(0, 3), { time: '10:30', what: 'Skogsutflykt' }]);
    expect((await ask({ text: 'are we going to the forest today', lang: 'en' }, { schedule: forest })).speech.en).toBe(
      "Yes! At half past ten it's skogsutflykt.",
    );
    expect((await ask({ text: 'do we have gym today', lang: 'en' })).speech.en).toBe("It's not in the plan. Ask a teacher!");
  });

  it('leaves the questions with answers of their own to them', async () => {
    expect((await ask({ text: 'när ska vi gå ut' })).speech.sv).toBe('Vi går ut klockan tio och klockan tre.');
    expect((await ask({ text: 'vad händer efter lunchen' })).speech.sv).toBe('Efter lunchen är det vila.');
    expect((await ask({ text: 'ska vi gå ut efter lunchen' })).speech.sv).toBe('Efter lunchen är det vila.');
    expect((await ask({ text: 'vad ska vi göra idag', now: '14:45' })).speech.sv).toBe('Klockan tre är det utevistelse på gården.');
    expect((await ask({ text: 'har vi något roligt idag', now: '14:45' })).speech.sv).toBe('Klockan tre är det utevistelse på gården.');
  });

  it('tells the time, not a yes, when asked whether it is now or soon', async () => {
    expect((await ask({ text: 'är det vila snart' })).speech.sv).toBe('Vi vilar klockan halv ett.');
  });
});

describe('reading a schedule question', () => {
  it.each([
    ['vad ska vi göra idag', { kind: 'day' }],
    ['vad gör vi sen', { kind: 'day' }],
    ['när', { kind: 'day' }],
    ['när ska vi gå ut', { kind: 'when', words: ['ut'] }],
    ['när är det vila', { kind: 'when', words: ['vila'] }],
    ['vilken tid är det fruktstund på fredag', { kind: 'when', words: ['fruktstund'] }],
    ['when is rest time', { kind: 'when', words: ['rest'] }],
    ['vad händer efter lunchen', { kind: 'after', words: ['lunchen'], said: 'lunchen' }],
    ['vad gör vi efter mellis idag laiban', { kind: 'after', words: ['mellis'], said: 'mellis' }],
    ['what happens after lunch', { kind: 'after', words: ['lunch'], said: 'lunch' }],
    ['vad händer efter det', { kind: 'day' }],
    ['har vi gympa idag', { kind: 'yesNo', words: ['gympa'] }],
    ['ska vi till skogen idag', { kind: 'yesNo', words: ['skogen'] }],
    ['blir det sångsamling idag', { kind: 'yesNo', words: ['sångsamling'] }],
    ['är det utflykt på fredag', { kind: 'yesNo', words: ['utflykt'] }],
    ['hej laiban får vi gå ut i morgon', { kind: 'yesNo', words: ['ut'] }],
    ['do we have gym today', { kind: 'yesNo', words: ['gym'] }],
    ['are we going to the forest today', { kind: 'yesNo', words: ['forest'] }],
    ['is there music tomorrow', { kind: 'yesNo', words: ['music'] }],
    ['är det vila snart', { kind: 'when', words: ['vila'] }],
    ['när ska vi ha gympa', { kind: 'when', words: ['gympa'] }],
    ['ska vi gå ut efter lunchen', { kind: 'after', words: ['lunchen'], said: 'lunchen' }],
    ['ska vi göra något roligt idag', { kind: 'day' }],
    ['har vi', { kind: 'day' }],
    ['vi har gympa idag', { kind: 'day' }],
    ['vad har vi för aktivitet idag', { kind: 'day' }],
  ])('reads "%s"', (text, question) => {
    expect(scheduleQuestion(text)).toEqual(question);
  });

  it.each([
    ['ut', 'out'], ['ute', 'out'], ['utevistelsen', 'out'], ['skogen', 'out'], ['gården', 'out'], ['outside', 'out'],
    ['vila', 'rest'], ['vilan', 'rest'], ['läsvila', 'rest'], ['sova', 'rest'], ['nap', 'rest'], ['rest', 'rest'], ['forest', 'out'],
    ['lunchen', 'lunch'], ['maten', 'lunch'], ['mellis', 'snack'], ['mellanmålet', 'snack'], ['frukosten', 'breakfast'],
    ['fruktstund', 'fruit'], ['samlingen', 'circle'], ['äta', 'meal'], ['woods', 'out'], ['lekplatsen', 'out'], ['parken', 'out'],
  ])('hears "%s" as the kind %s', (word, kind) => {
    expect(kindOf(word)).toBe(kind);
  });

  it.each(['utställning', 'vill', 'gympa', 'idag', 'sparkcykel'])('hears no kind in "%s"', (word) => {
    expect(kindOf(word)).toBeUndefined();
  });

  it('leaves the words of the yes/no starts out of what is asked for', () => {
    expect(YES_NO_STARTS.flatMap((start) => start.split(' ')).filter((word) => !NOT_ACTIVITY_WORDS.has(word))).toEqual([]);
  });

  it('never reads a what or when question as yes or no', () => {
    expect(WHEN_WORDS.filter((phrase) => !phrase.split(' ').some((word) => NOT_YES_NO_WORDS.includes(word)))).toEqual([]);
    expect(YES_NO_STARTS.filter((start) => start.split(' ').some((word) => NOT_YES_NO_WORDS.includes(word)))).toEqual([]);
    expect(NOT_YES_NO_WORDS).toEqual(expect.arrayContaining(['vad', 'när', 'what', 'when']));
  });
});
