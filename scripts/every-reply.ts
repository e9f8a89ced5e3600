/**
 * Every built-in skill asked every one of its examples, in both languages, with real data behind it (the
 * bridge fixtures parsed by the real adapters, a full day's plan, a pick-up): what a child can hear. The
 * word-budget test checks each answer; `npm run bench:replies` prints the longest per skill.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseSkolmaten } from '../bridge/adapters/lunch/skolmaten';
import { parseSmhiForecast } from '../bridge/adapters/weather/smhi';
import { parseLocalDateTime } from '../core/calendar';
import type { JsonValue } from '../core/json';
import { LANGS, type Lang } from '../core/languages';
import { builtinSkills } from '../skills/builtin';
import { quietContext } from '../skills/sdk/quiet-context';
import type { Reply, Slots } from '../skills/sdk/types';

export interface AskedReply {
  skill: string;
  intent: string;
  lang: Lang;
  text: string;
  reply: Reply;
}

const ROOT = fs.existsSync(path.resolve(__dirname, '../test/fixtures')) ? path.resolve(__dirname, '..') : path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/bridge');
const json = (value: unknown): JsonValue => JSON.parse(JSON.stringify(value)) as JsonValue;

function bridgeAnswers(now: Date): Record<string, JsonValue> {
  const forecast = parseSmhiForecast(JSON.parse(fs.readFileSync(path.join(FIXTURES, 'weather/smhi-snow1g-stockholm.json'), 'utf8')));
  const menu = parseSkolmaten(fs.readFileSync(path.join(FIXTURES, 'lunch/skolmaten-week.xml'), 'utf8'));
  if (!forecast.ok || !menu.ok) throw new Error('the bridge fixtures should parse');
  const date = now.toISOString().slice(0, 10);
  const plan = [
    ['08:00', 'Frukost'], ['09:00', 'Fruktstund'], ['09:30', 'Samling med sång och rim'], ['10:00', 'Utevistelse i skogen'], ['11:30', 'Lunch'],
    ['12:15', 'Vila med saga'], ['13:30', 'Skapande verksamhet i ateljén'], ['14:30', 'Mellanmål'], ['15:00', 'Utevistelse på gården'],
  ].map(([time, what]) => ({ time, what }));
  return {
    weather: json({ forecast: forecast.value, fetchedAt: '2026-10-24T07:00:00Z', stale: false }),
    warnings: json({ warnings: [], fetchedAt: '2026-10-24T07:00:00Z', stale: false }),
    lunch: json({ menu: menu.value, fetchedAt: '2026-05-11T06:00:00Z', stale: false }),
    schedule: json({ date, activities: plan, messages: ['Imorgon är det utflykt till biblioteket, ta med matsäck och vattenflaska.'] }),
    pickup: json({ kind: 'pickup', child: 'Alva', who: 'mormor', time: '15:30' }),
  };
}

/** The lunch fixture is a week in May, the forecast a Saturday in October: each skill is asked on a day its data covers (the plan and the greeting on a Friday morning). */
const ASKED_AT: Record<string, string> = { lunch: '2026-05-12T09:40:00', schedule: '2026-10-23T08:30:00', greeting: '2026-10-23T09:40:00' };
const DEFAULT_AT = '2026-10-24T09:40:00';

export async function everyReply(): Promise<AskedReply[]> {
  const out: AskedReply[] = [];
  const summaries = builtinSkills.map(({ manifest: m }) => ({ id: m.id, name: m.name, description: m.description, urgent: m.intents.some((i) => i.priority === 'urgent') }));
  for (const skill of builtinSkills) {
    const now = parseLocalDateTime(ASKED_AT[skill.manifest.id] ?? DEFAULT_AT, 'Europe/Stockholm');
    const answers = bridgeAnswers(now);
    for (const intent of skill.manifest.intents) {
      for (const lang of LANGS) {
        for (const text of intent.examples[lang] ?? []) {
          const slots: Slots = intent.slots.includes('child') ? { child: 'Alva' } : {};
          const ctx = quietContext({
            now, lang, intent: intent.id, text, slots, skills: summaries,
            data: { request: async (source) => answers[source] ?? Promise.reject(new Error(`no ${source}`)) },
          });
          out.push({ skill: skill.manifest.id, intent: intent.id, lang, text, reply: await skill.handle(ctx) });
        }
      }
    }
  }
  return out;
}
