import fs from 'node:fs';
import path from 'node:path';
import { testConfig, testRobot } from '../../../../test/support/robot-harness';

describe('the example skill in skills/README.md', () => {
  it('installs by copying its folder, answers, and keeps its place across restarts', async () => {
    const config = testConfig('baseline'); // the retraining for an installed skill is tested in test/understanding/lifecycle
    fs.cpSync(path.resolve(__dirname, '..'), path.join(config.skills.installedDir, 'joke'), { recursive: true });

    const robots = [testRobot({ config })];
    const first = await robots[0]!.conversation.ask('berätta ett skämt');
    expect(first).toMatchObject({ intent: 'joke', skill: 'joke', outcome: 'answered' });
    expect(first.answer).toContain('snögubbe');

    await robots[0]!.close();
    robots.push(testRobot({ config }));
    const afterRestart = await robots[1]!.conversation.ask('kan du ett skämt');
    expect(afterRestart.answer).toContain('elefanter');

    // Help tells the skills a few at a time; with the data skills off the joke comes in its second part.
    const fewer = { ...config, skills: { ...config.skills, disabled: ['lunch', 'weather', 'clothing', 'pickup', 'schedule'] } };
    robots.push(testRobot({ config: fewer }));
    const help = [await robots[2]!.conversation.ask('vad kan du')];
    for (let i = 0; i < 2; i++) help.push(await robots[2]!.conversation.ask('ja'));
    expect(help[2]!.answer).toContain('berätta ett skämt');
    await Promise.all(robots.slice(1).map((r) => r.close()));
  });
});
