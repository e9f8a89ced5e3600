/** The install pipeline: a failure at any step leaves the robot as it was; rollback brings back the old answers. */
import fs from 'node:fs';
import path from 'node:path';
import { builtinSkills } from '../../skills/builtin';
import { loadSkills } from '../../robot/runtime/load-skills';
import { rollbackSkill } from '../../robot/skill-packages/versions';
import { testConfig, testRobot } from '../support/robot-harness';
import { makeContext } from '../support/skill-context';
import { jokeSkill, newKey, NOW, robotWith, signedBundle } from './support';

jest.setTimeout(60_000);

const key = newKey();
const trusted = [{ publicKey: key.publicKey, revoked: false }];

/** What the installed joke skill says first, loaded the way the robot loads it (in its sandbox). */
async function firstJoke(installedDir: string): Promise<string> {
  const loaded = loadSkills(builtinSkills, installedDir, []);
  const joke = loaded.skills.find((s) => s.manifest.id === 'joke')!;
  try {
    const reply = (await joke.handle(makeContext({ intent: 'joke', text: 'berätta ett skämt' }))) as { speech: { sv: string } };
    return reply.speech.sv;
  } finally {
    for (const s of loaded.skills) await s.close?.();
  }
}

describe('installing a skill', () => {
  it('rolls back to the previous version, with its answers, and refuses to go further back than the first', async () => {
    const robot = robotWith(trusted);
    await robot.install(await signedBundle(jokeSkill('1.0.0', 'Gammalt skämt.'), key, { release: 1 }));
    await robot.install(await signedBundle(jokeSkill('1.1.0', 'Nytt skämt.'), key, { release: 2 }));
    expect(await firstJoke(robot.paths.installedDir)).toBe('Nytt skämt.');
    expect(rollbackSkill(robot.paths, 'joke', 'it-anna', NOW)).toEqual({ kind: 'rolled-back', skill: 'joke', from: '1.1.0', to: '1.0.0' });
    expect(await firstJoke(robot.paths.installedDir)).toBe('Gammalt skämt.');
    expect(rollbackSkill(robot.paths, 'joke', 'it-anna', NOW)).toMatchObject({ kind: 'refused', reason: '"joke" has no earlier version to go back to' });
  });

  it('keeps the working version when the new one fails its self-test', async () => {
    const robot = robotWith(trusted);
    await robot.install(await signedBundle(jokeSkill('1.0.0', 'Det fungerar.'), key, { release: 1 }));
    const broken = await signedBundle(jokeSkill('1.1.0', undefined, "throw new Error('boom');"), key, { release: 2 });
    expect(await robot.install(broken)).toMatchObject({ kind: 'refused', reason: expect.stringContaining('self-test failed') });
    expect(await firstJoke(robot.paths.installedDir)).toBe('Det fungerar.');
    expect(fs.readdirSync(path.join(robot.paths.versionsDir, 'joke'))).toEqual(['1.0.0-r1']);
  });

  it('keeps the working version when the model for the new skill set cannot be prepared', async () => {
    const robot = robotWith(trusted);
    await robot.install(await signedBundle(jokeSkill('1.0.0', 'Det fungerar.'), key, { release: 1 }));
    const next = await signedBundle(jokeSkill('1.1.0', 'Nytt.'), key, { release: 2 });
    const result = await robot.install(next, { prepareModel: () => Promise.reject(new Error('disk full')) });
    expect(result).toMatchObject({ kind: 'refused', reason: 'the understanding model could not be prepared: disk full' });
    expect(await firstJoke(robot.paths.installedDir)).toBe('Det fungerar.');
  });

  it('hands the unpacked folder to the model before switching, so the whole new set is trained', async () => {
    const robot = robotWith(trusted);
    let seen: string[] = [];
    await robot.install(await signedBundle(jokeSkill('1.0.0'), key, { release: 1 }), {
      prepareModel: async (change) => {
        seen = loadSkills(builtinSkills, robot.paths.installedDir, [], 3000, change).skills.map((s) => s.manifest.id);
        expect(fs.existsSync(path.join(robot.paths.installedDir, 'joke'))).toBe(false);
      },
    });
    expect(seen).toEqual(expect.arrayContaining(['joke', 'lunch', 'social']));
  });

  it('refuses a skill whose intent another skill already answers', async () => {
    const dir = jokeSkill('1.0.0');
    const code = fs.readFileSync(path.join(dir, 'index.js'), 'utf8').replace("id: 'joke',\n        slots", "id: 'lunch',\n        slots");
    fs.writeFileSync(path.join(dir, 'index.js'), code);
    const result = await robotWith(trusted).install(await signedBundle(dir, key, { release: 1 }));
    expect(result).toMatchObject({ kind: 'refused', reason: expect.stringContaining('declares intent "lunch"') });
  });
});

describe('skills switched off by IT', () => {
  it('stay off across a start, and a damaged state file switches nothing off and still lets the robot answer', async () => {
    const config = testConfig('baseline');
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(path.join(config.dataDir, 'skill-state.json'), JSON.stringify({ disabled: ['time'] }));
    const off = testRobot({ config });
    expect((await off.conversation.ask('vad är klockan')).skill).not.toBe('time');
    await off.close();
    fs.writeFileSync(path.join(config.dataDir, 'skill-state.json'), '{ not json');
    const on = testRobot({ config });
    expect((await on.conversation.ask('vad är klockan')).skill).toBe('time');
    await on.close();
  });
});
