/** What the schedule skill says when it cannot tell what we do. */
import type { Reply } from '../../sdk';

/** What the robot says while it has no plan for the day. */
export const NO_SCHEDULE: Reply = {
  speech: { sv: 'Jag vet inte vad vi ska göra idag. Fråga en fröken!', en: "I don't know what we are doing today. Ask a teacher!" },
  expression: 'thinking',
};

/** The plan does not have what was asked about ("När ska vi gå ut?" on a day without going out in the plan). */
export const NOT_IN_PLAN: Reply = {
  speech: { sv: 'Det vet jag inte. Fråga en fröken!', en: "I don't know. Ask a teacher!" },
  expression: 'thinking',
};

/** A yes-or-no question about what the plan does not have: no "Nej", as the teachers may not have written it in. */
export const NOT_PLANNED: Reply = {
  speech: { sv: 'Det står inte i planen. Fråga en fröken!', en: "It's not in the plan. Ask a teacher!" },
  expression: 'thinking',
};

/** A day gone by: the plan says what was meant to happen, not what did. */
export const PAST_DAY: Reply = {
  speech: { sv: 'Det kommer jag inte ihåg. Fråga en fröken!', en: "I don't remember. Ask a teacher!" },
  expression: 'thinking',
};
