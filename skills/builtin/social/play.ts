/** "Kan vi leka?": a riddle to guess, counting together, or a very short story in parts. */
import type { Reply } from '../../sdk/types';
import { mentions } from '../shared/text';
import { ANOTHER_ONE, GUESS_QUESTION, RIDDLES } from './riddles';
import { SING, STORIES } from './stories';

/** The same moment picks the same riddle or story, so a test hears the same words every run. */
const pick = <T>(items: readonly T[], now: Date): T => items[Math.floor(now.getTime() / 60000) % items.length]!;

const COUNTING: Reply = {
  speech: { sv: 'Vi räknar tillsammans! Ett, två, tre, fyra, fem, nu räknar du vidare.', en: "Let's count together! One, two, three, four, five, now you go on." },
  expression: 'happy',
};

export function play(text: string, now: Date): Reply {
  if (mentions(text, ['räkna', 'räknar', 'count', 'counting'])) return COUNTING;
  const riddle = pick(RIDDLES, now);
  return {
    speech: riddle.clue,
    expression: 'happy',
    more: [{ sv: `${riddle.answer.sv} ${ANOTHER_ONE.sv}`, en: `${riddle.answer.en} ${ANOTHER_ONE.en}` }],
    moreQuestion: GUESS_QUESTION,
    guessing: true,
  };
}

export function story(text: string, now: Date): Reply {
  if (mentions(text, ['sjunga', 'sjung', 'sång', 'sing', 'song'])) return { speech: SING, expression: 'happy' };
  const [first, ...rest] = pick(STORIES, now);
  return { speech: first!, expression: 'happy', more: rest };
}
