/** Another skill set answers only once the conversation is idle: no turn in progress, no follow-up pending. */
import { testConfig, testRobot } from '../support/robot-harness';

const withFollowUp = (seconds: number) => ({ ...testConfig('baseline'), conversation: { followUpSeconds: seconds } });

describe('switching the skill set', () => {
  it('switches at once when idle', () => {
    const robot = testRobot({ config: withFollowUp(0.2) });
    const next = { understanding: robot.understanding, skills: robot.skills.filter((s) => s.manifest.id !== 'time') };
    expect(robot.conversation.useSkills(next).now).toBe(true);
    expect(robot.skills.some((s) => s.manifest.id === 'time')).toBe(false);
  });

  it('lets the turn in progress and its follow-up window finish with the old set', async () => {
    const robot = testRobot({ config: withFollowUp(0.3) });
    const next = { understanding: robot.understanding, skills: robot.skills.filter((s) => s.manifest.id !== 'time') };
    const asked = robot.conversation.ask('vad är klockan');
    const change = robot.conversation.useSkills(next);
    expect(change.now).toBe(false);
    expect((await asked).skill).toBe('time');
    // Within the follow-up window the old set still answers.
    expect(robot.conversation.idle).toBe(false);
    expect((await robot.conversation.ask('vad är klockan')).skill).toBe('time');
    const started = Date.now();
    expect(await change.switched).toEqual({ kind: 'switched' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect((await robot.conversation.ask('vad är klockan')).skill).toBeNull();
  });

  it('drops a waiting set when a newer one comes', async () => {
    const robot = testRobot({ config: withFollowUp(0) });
    const without = (id: string) => ({ understanding: robot.understanding, skills: robot.skills.filter((s) => s.manifest.id !== id) });
    const asked = robot.conversation.ask('vad är klockan');
    const first = robot.conversation.useSkills(without('time'));
    const second = robot.conversation.useSkills(without('date'));
    expect(await first.switched).toEqual({ kind: 'superseded' });
    await asked;
    expect(await second.switched).toEqual({ kind: 'switched' });
    expect(robot.skills.map((s) => s.manifest.id)).toContain('time');
    expect(robot.skills.map((s) => s.manifest.id)).not.toContain('date');
  });
});
