import pickup, { PICKUP_UNKNOWN } from '..';
import { replySchema } from '../../../sdk/manifest-schema';
import type { JsonValue } from '../../../../core/json';
import type { Lang } from '../../../../core/languages';
import type { Slots } from '../../../sdk/types';
import { at, makeContext } from '../../../../test/support/skill-context';
import { type Answers, bridgeData, warnLog } from '../../../../test/support/data-answers';

// Wednesday 25 November 2026, 09:40 in Stockholm; Thursday the 26th is tomorrow, Friday the 27th "i övermorgon".
const TODAY = '2026-11-25';
const TOMORROW = '2026-11-26';
const FRIDAY = '2026-11-27';
const MONDAY = '2026-11-30';

interface Question {
  text: string;
  slots?: Slots;
  lang?: Lang;
  now?: string;
}

function pickupAnswer(who: string, time: string | null, child = 'Alva'): JsonValue {
  return { kind: 'pickup', child, who, time };
}

async function ask({ text, slots = {}, lang = 'sv', now = `${TODAY}T09:40` }: Question, answers: Answers = {}) {
  const log = warnLog();
  const data = bridgeData(answers);
  const reply = await pickup.handle(makeContext({ now: at(now), intent: 'pickup', text, slots, lang, data, log }));
  expect(replySchema.parse(reply)).toEqual(reply);
  return { reply, speech: reply.speech, warnings: log.warnings, requests: data.requests };
}

const aboutAlva = (text: string, slots: Slots = {}): Question => ({ text, slots: { child: 'Alva', ...slots } });

describe('the pickup skill', () => {
  it.each(['vem hämtar mig', 'när kommer mamma', 'who is picking me up'])('asks the name back when "%s" names no child, without asking for data', async (text) => {
    const { reply, requests } = await ask({ text });
    expect(reply).toEqual({
      speech: { sv: 'Jag ska titta efter.', en: 'Let me check.' },
      expression: 'happy',
      followUp: { question: { sv: 'Vad heter du?', en: "What's your name?" }, slot: 'child' },
    });
    expect(requests).toEqual([]);
  });

  it.each(['vem hämtar kalle', 'vem hämtar min kompis elvira idag', 'när blir kalle hämtad', 'who is picking up sam', 'who picks my friend sam up'])(
    'gives "%s", a name it does not know, the same answer as a private pick-up, without asking for data or a name',
    async (text) => {
      const { reply, requests } = await ask({ text });
      expect(reply).toEqual(PICKUP_UNKNOWN);
      expect(requests).toEqual([]);
    },
  );

  it.each(['vem hämtar mig idag', 'vem hämtar min lillebror', 'when is my mum coming', 'vem kommer och hämtar oss'])('still asks the name back for "%s", which names no child', async (text) => {
    const { reply } = await ask({ text });
    expect(reply.followUp?.slot).toBe('child');
  });

  it('tells a child who asked about themselves who comes and when, asking the data for that child and today', async () => {
    const { reply, requests } = await ask(aboutAlva('vem hämtar mig alva'), { pickup: pickupAnswer('mormor', '15:30') });
    expect(reply).toEqual({
      speech: { sv: 'Mormor hämtar dig klockan halv fyra.', en: 'Mormor is picking you up at half past three.' },
      expression: 'happy',
    });
    expect(requests).toEqual([{ source: 'pickup', params: { child: 'Alva', date: TODAY } }]);
  });

  it.each(['alva', 'det är alva', 'jag heter alva', 'i am alva'])('hears "%s", an answer to "Vad heter du?", as the child asking about themselves', async (text) => {
    const { speech } = await ask(aboutAlva(text), { pickup: pickupAnswer('mormor', '15:30') });
    expect(speech.sv).toBe('Mormor hämtar dig klockan halv fyra.');
  });

  it.each(['vem hämtar alva', 'när blir alva hämtad', 'vem hämtar min kompis alva', 'who is picking up alva'])(
    'names the child when "%s" asks about someone else',
    async (text) => {
      const { speech } = await ask(aboutAlva(text), { pickup: pickupAnswer('mormor', '15:30') });
      expect(speech).toEqual({ sv: 'Mormor hämtar Alva klockan halv fyra.', en: 'Mormor is picking Alva up at half past three.' });
    },
  );

  it('names the child as the teachers wrote the name', async () => {
    const { speech } = await ask({ text: 'vem hämtar ella maria', slots: { child: 'Ella' } }, { pickup: pickupAnswer('pappa', '16:00', 'Ella Maria') });
    expect(speech.sv).toBe('Pappa hämtar Ella Maria klockan fyra.');
  });

  it.each([
    ['15:00', 'tre', "three o'clock"],
    ['15:15', 'kvart över tre', 'quarter past three'],
    ['14:25', 'fem i halv tre', 'twenty-five past two'],
    ['16:40', 'tjugo i fem', 'twenty to five'],
    ['16:45', 'kvart i fem', 'quarter to five'],
    ['12:00', 'tolv', "twelve o'clock"],
    ['13:32', 'lite över halv två', 'just after half past one'],
  ])('says %s the informal way: "klockan %s" / "at %s"', async (time, sv, en) => {
    const { speech } = await ask(aboutAlva('vem hämtar mig'), { pickup: pickupAnswer('mamma', time) });
    expect(speech).toEqual({ sv: `Mamma hämtar dig klockan ${sv}.`, en: `Mamma is picking you up at ${en}.` });
  });

  it('says "idag" when the teachers gave no time', async () => {
    expect((await ask(aboutAlva('vem hämtar mig'), { pickup: pickupAnswer('mormor', null) })).speech).toEqual({
      sv: 'Mormor hämtar dig idag.',
      en: 'Mormor is picking you up today.',
    });
  });

  it('tells tomorrow and another weekday, asking the data for that day', async () => {
    const tomorrow = await ask(aboutAlva('vem hämtar mig imorgon', { date: TOMORROW }), { pickup: pickupAnswer('pappa', '16:00') });
    expect(tomorrow.speech).toEqual({ sv: 'Imorgon hämtar pappa dig klockan fyra.', en: "Tomorrow pappa is picking you up at four o'clock." });
    expect(tomorrow.requests).toEqual([{ source: 'pickup', params: { child: 'Alva', date: TOMORROW } }]);

    const friday = await ask(aboutAlva('vem hämtar alva på fredag', { date: FRIDAY }), { pickup: pickupAnswer('farmor', null) });
    expect(friday.speech).toEqual({ sv: 'I övermorgon hämtar farmor Alva.', en: 'The day after tomorrow farmor is picking Alva up.' });

    const monday = await ask(aboutAlva('vem hämtar mig på måndag', { date: MONDAY }), { pickup: pickupAnswer('farmor', '14:30') });
    expect(monday.speech).toEqual({ sv: 'På måndag hämtar farmor dig klockan halv tre.', en: 'On Monday farmor is picking you up at half past two.' });
    expect(monday.requests).toEqual([{ source: 'pickup', params: { child: 'Alva', date: MONDAY } }]);
  });

  it('keeps who as the teachers wrote it, with a capital only to start a sentence', async () => {
    const today = await ask(aboutAlva('vem hämtar mig'), { pickup: pickupAnswer('morfar Lars', '15:00') });
    expect(today.speech).toEqual({ sv: 'Morfar Lars hämtar dig klockan tre.', en: "Morfar Lars is picking you up at three o'clock." });
    const tomorrow = await ask(aboutAlva('vem hämtar mig imorgon', { date: TOMORROW }), { pickup: pickupAnswer('Mamma Sara', '15:00') });
    expect(tomorrow.speech.sv).toBe('Imorgon hämtar Mamma Sara dig klockan tre.');
  });

  it('passes a name that looks like markup on as plain text (the speech guard cleans speech later)', async () => {
    const who = '<img src=x onerror=alert(1)>';
    const { reply } = await ask(aboutAlva('vem hämtar mig'), { pickup: pickupAnswer(who, '15:30') });
    expect(reply.speech).toEqual({ sv: `${who} hämtar dig klockan halv fyra.`, en: `${who} is picking you up at half past three.` });
  });

  it('says it does not know when the data says "unknown" (nothing entered, or not to be told)', async () => {
    const { reply, warnings } = await ask(aboutAlva('vem hämtar mig'), { pickup: { kind: 'unknown' } });
    expect(reply).toEqual(PICKUP_UNKNOWN);
    expect(reply.speech).toEqual({ sv: 'Det vet jag inte. Fråga en fröken!', en: "I don't know. Ask a teacher!" });
    expect(warnings).toEqual([]);
  });

  it('says it does not know for a name the roster lacks, which the follow-up passes on as said', async () => {
    const { reply, requests } = await ask({ text: 'jag heter kalle', slots: { child: 'jag heter kalle' } }, { pickup: { kind: 'unknown' } });
    expect(reply).toEqual(PICKUP_UNKNOWN);
    expect(requests).toEqual([{ source: 'pickup', params: { child: 'jag heter kalle', date: TODAY } }]);
  });

  it('says it does not know, and logs why, when the data request rejects', async () => {
    const { reply, warnings } = await ask(aboutAlva('vem hämtar mig'), { pickup: new Error('the preschool store is closed') });
    expect(reply).toEqual(PICKUP_UNKNOWN);
    expect(warnings).toEqual(['no "pickup" data']);
  });

  it.each<[string, JsonValue]>([
    ['a time that is not HH:MM', { kind: 'pickup', child: 'Alva', who: 'mormor', time: '3 pm' }],
    ['no one named', { kind: 'pickup', child: 'Alva', who: '', time: '15:30' }],
    ['an unknown kind', { kind: 'maybe' }],
    ['a bare string', 'mormor'],
  ])('says it does not know, and logs it, for malformed data: %s', async (_, answer) => {
    const { reply, warnings } = await ask(aboutAlva('vem hämtar mig'), { pickup: answer });
    expect(reply).toEqual(PICKUP_UNKNOWN);
    expect(warnings).toEqual(['ignored malformed "pickup" data']);
  });

  it('says it does not know about a day gone by, without asking the data or the name', async () => {
    const named = await ask(aboutAlva('vem hämtade mig igår', { date: '2026-11-24' }));
    expect(named.reply).toEqual(PICKUP_UNKNOWN);
    expect(named.requests).toEqual([]);
    expect((await ask({ text: 'vem hämtade mig igår', slots: { date: '2026-11-24' } })).reply).toEqual(PICKUP_UNKNOWN);
  });
});
