import { parseLocalDateTime } from '../../core/calendar';
import type { Lang } from '../../core/languages';
import { fixedClock, systemClock } from '../../core/clock';
import { printTurn } from '../../robot/frontends/console';
import { createRobot } from '../../robot/runtime/create-robot';
import { configForCommand } from '../load-config';

export interface AskOptions {
  now?: string;
  lang?: Lang;
  config?: string;
  json?: boolean;
}

export async function askCommand(words: string[], options: AskOptions): Promise<number> {
  const config = configForCommand(options.config, process.stderr);
  let clock = systemClock;
  if (options.now) {
    try {
      clock = fixedClock(parseLocalDateTime(options.now, config.timeZone));
    } catch (err) {
      process.stderr.write(`--now: ${(err as Error).message}\n`);
      return 2;
    }
  }
  const robot = createRobot({
    config,
    clock,
    onNluTraining: () => process.stderr.write('Training the intent model from the skills (first run, or the skills changed)…\n'),
  });
  await robot.understandingReady();
  await robot.bridgeLink?.ready(3_000);
  const turn = await robot.conversation.ask(words.join(' '), { lang: options.lang });
  if (options.json) {
    const { text, lang, intent, confidence, slots, skill, answer, expression, ms } = turn;
    process.stdout.write(`${JSON.stringify({ text, lang, intent, confidence, slots, skill, answer, expression, ms })}\n`);
  } else {
    printTurn(turn, process.stdout);
  }
  await robot.close();
  return 0;
}
