/** Talking with a four-year-old: answers in parts, a guessing game, and no word-for-word repeats. */
import { fixedClock } from '../../core/clock';
import { at, testRobot } from '../support/robot-harness';

describe('a conversation with a child', () => {
  it('does not say the same words to the same question asked twice in a row', async () => {
    const robot = testRobot();
    const first = await robot.conversation.ask('sätt på musik');
    const second = await robot.conversation.ask('sätt på musik');
    expect(first.outcome).toBe('not-understood');
    expect(second.outcome).toBe('not-understood');
    expect(second.answer).not.toBe(first.answer);
    expect(second.answer).toMatch(/Fråga mig/);
  });

  it('takes a bare "ja" that answers nothing as no request to any skill', async () => {
    const turn = await testRobot().conversation.ask('ja');
    expect(turn).toMatchObject({ intent: 'oos', skill: null, outcome: 'not-understood' });
  });

  it('chooses the same phrasing for the same moment, so tests are repeatable', async () => {
    const answers = await Promise.all([1, 2].map(() => testRobot().conversation.ask('du är dum').then((t) => t.answer)));
    expect(answers[0]).toBe(answers[1]);
  });

  it('tells a story in parts: yes goes on, anything else is a new question', async () => {
    const robot = testRobot({ clock: fixedClock(at('2026-11-25T09:40:00')) });
    const start = await robot.conversation.ask('berätta en saga');
    expect(start.skill).toBe('social');
    expect(start.answer).toMatch(/^Det var en gång .+ Vill du höra mer\?$/);
    const next = await robot.conversation.ask('ja');
    expect(next.skill).toBe('social');
    expect(next.answer).toMatch(/Vill du höra mer\?$/);
    const end = await robot.conversation.ask('ja');
    expect(end.answer).toMatch(/Slut!$/);
    expect((await robot.conversation.ask('ja')).answer).not.toMatch(/Vill du höra mer|Det var en gång/);

    await robot.conversation.ask('berätta en saga');
    const other = await robot.conversation.ask('vad är klockan');
    expect(other.intent).toBe('time');
  });

  it('plays guess the animal: any guess hears the answer, but a hurt child is heard first', async () => {
    const robot = testRobot();
    const riddle = await robot.conversation.ask('kan vi leka');
    expect(riddle.answer).toMatch(/^Gissa djuret! .+ Vad tror du\?$/);
    const answer = await robot.conversation.ask('en häst');
    expect(answer.answer).toMatch(/^Det är en .+!/);
    expect(answer.skill).toBe('social');

    await robot.conversation.ask('kan vi leka');
    const hurt = await robot.conversation.ask('jag har slagit mig');
    expect(hurt.skill).toBe('safeguarding');
  });
});
