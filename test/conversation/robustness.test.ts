/** Whatever one part does, the robot answers the next question; input has limits. */
import { printTurn } from '../../robot/frontends/console';
import { MAX_UTTERANCE_CHARS, cleanUtterance } from '../../robot/understanding/normalize';
import type { IntentClassifier } from '../../robot/understanding/types';
import { testRobot } from '../support/robot-harness';

const broken: IntentClassifier = {
  name: 'broken',
  classify: () => {
    throw new Error('the model file is garbage');
  },
};

describe('a robot that keeps answering', () => {
  it('answers kindly when understanding throws, and answers the next question', async () => {
    const robot = testRobot();
    const understand = robot.understanding.understand.bind(robot.understanding);
    let fail = true;
    robot.understanding.understand = (req) => {
      if (fail) throw new Error('slot filler exploded');
      return understand(req);
    };
    const first = await robot.conversation.ask('vad är klockan');
    expect(first).toMatchObject({ outcome: 'skill-failed', answer: 'Oj, det vet jag inte just nu. Fråga en fröken!' });
    expect(robot.conversation.current).toBe('idle');
    fail = false;
    expect((await robot.conversation.ask('vad är klockan')).answer).toMatch(/^(Klockan är|Nu är klockan)/);
    await robot.close();
  });

  it('still finds a hurt child when the intent model throws', async () => {
    const robot = testRobot();
    await robot.understandingReady();
    robot.understanding.useClassifier(broken, 0.4);
    expect((await robot.conversation.ask('jag har ont i knät')).safeguarding).toMatchObject({ category: 'hurt', alerted: true });
    expect((await robot.conversation.ask('vad är klockan')).outcome).toBe('not-understood');
    await robot.close();
  });

  it('cuts a very long question before understanding, so a megabyte line is answered like a short one', async () => {
    const robot = testRobot();
    const long = await robot.conversation.ask(`vad är klockan ${'bla '.repeat(7500)}`);
    expect(long.text.length).toBeLessThanOrEqual(MAX_UTTERANCE_CHARS);
    const huge = await robot.conversation.ask('x'.repeat(1 << 20));
    expect(huge.text).toHaveLength(MAX_UTTERANCE_CHARS);
    expect((await robot.conversation.ask('vad är klockan')).answer).toMatch(/^(Klockan är|Nu är klockan)/);
    await robot.close();
  });

  it('keeps no control or invisible characters from what came in', () => {
    expect(cleanUtterance('vem\u001b[31m hämtar\u0000 Al\u200Bva\u202E?')).toBe('vem [31m hämtar Alva?');
    expect(cleanUtterance('  hej\r\n laiban  ')).toBe('hej laiban');
    expect(cleanUtterance('e\u0301')).toBe('é');
  });
});

describe('the console', () => {
  it('prints a teacher\'s message without its terminal escape codes', () => {
    let written = '';
    const output = { write: (s: string) => (written += s) } as unknown as NodeJS.WritableStream;
    printTurn({ text: '', lang: 'sv', intent: 'schedule', confidence: 1, slots: {}, skill: 'schedule', answer: 'Kom ihåg \u001b[2J\u001b]0;x\u0007regnkläder\u202E.', expression: 'happy', outcome: 'answered', ms: 0 }, output);
    expect(written).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(written).toContain('Kom ihåg [2J]0;xregnkläder.');
  });
});
