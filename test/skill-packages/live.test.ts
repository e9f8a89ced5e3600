/**
 * A running robot with the trained intent model takes an install without a restart: the model for the new
 * set is trained in the worker before anything switches, and is the one answering afterwards. A skill whose
 * sandbox switched it off (it crashed three times) is listed with a plain-Swedish reason and what IT can do.
 */
import fs from 'node:fs';
import path from 'node:path';
import { robotErrors } from '../../app/commands/robot-status';
import { skillPaths } from '../../robot/skill-packages/paths';
import { SkillAdmin } from '../../robot/skill-packages/skill-admin';
import { skillStateFile } from '../../robot/skill-packages/skill-state';
import { builtinSkills } from '../../skills/builtin';
import { tempDir, testConfig, testRobot } from '../support/robot-harness';
import { jokeSkill, newKey, NOW, signedBundle } from './support';

jest.setTimeout(120_000);

const key = newKey();

function liveRobot() {
  const base = testConfig('model');
  const dataDir = tempDir('laiban-live-');
  // A copy of the shared test model: the robot stores the new set's model where it keeps its own.
  const modelDir = path.join(dataDir, 'model');
  if (fs.existsSync(base.understanding.modelDir)) fs.cpSync(base.understanding.modelDir, modelDir, { recursive: true });
  const config = {
    ...base,
    dataDir,
    understanding: { ...base.understanding, modelDir },
    skills: { ...base.skills, installedDir: path.join(dataDir, 'skills'), timeoutMs: 8000, trustedKeys: [{ publicKey: key.publicKey, revoked: false }] },
    conversation: { followUpSeconds: 0 },
  };
  const trainings = { count: 0 };
  const robot = testRobot({ config, onNluTraining: () => void trainings.count++ });
  const paths = skillPaths(dataDir, config.skills.installedDir);
  fs.mkdirSync(paths.versionsDir, { recursive: true });
  const admin = new SkillAdmin({
    paths, trusted: config.skills.trustedKeys, robotVersion: '0.1.0', builtin: builtinSkills, timeoutMs: 8000,
    stateFile: skillStateFile(dataDir), now: () => NOW, live: robot.live,
  });
  return { robot, admin, trainings };
}

describe('a live install on a robot with the trained model', () => {
  it('answers with the new skill through a model retrained for it, and says in Swedish when the sandbox switched it off', async () => {
    const { robot, admin, trainings } = liveRobot();
    try {
      await robot.understandingReady();
      const before = trainings.count;
      expect(robot.nlu?.status).toMatchObject({ kind: 'model' });
      expect((await robot.conversation.ask('berätta ett skämt')).skill).not.toBe('joke');

      const crashesOnOtherWords = "if (ctx.text === 'kan du ett skämt') process.exit(3); return { speech: { sv: 'Ett skämt.', en: 'A joke.' }, expression: 'happy' };";
      const bundle = await signedBundle(jokeSkill('1.0.0', undefined, crashesOnOtherWords), key, { release: 1 });
      const result = await admin.installFile(bundle, 'it-anna');
      expect(result).toEqual(expect.objectContaining({ kind: 'installed', live: expect.objectContaining({ kind: 'switched' }) }));
      const status = robot.nlu?.status;
      expect(status?.kind === 'model' && status.meta.labels).toContain('joke');
      expect(robot.understanding.classifierName).toBe('onnx');
      // Trained once, before the switch; the switch found that model stored for exactly the new set.
      expect(trainings.count - before).toBe(1);
      expect(await robot.conversation.ask('berätta ett skämt')).toMatchObject({ skill: 'joke', answer: 'Ett skämt.' });

      for (let i = 0; i < 3; i++) {
        const turn = await robot.conversation.ask('kan du ett skämt');
        expect(turn).toMatchObject({ intent: 'joke', outcome: 'skill-failed' });
      }
      const listed = admin.list().find((s) => s.skill === 'joke');
      expect(listed?.switchedOff?.reason).toMatch(/^Skämt är avstängd: den stoppades 3 gånger på tio minuter \(senast: den kraschade\)/);
      expect(listed?.switchedOff?.whatToDo).toContain('laiban skill rollback joke');
      // The teachers' panel shows it first among the errors on its status page.
      expect(robotErrors(robot)[0]).toBe(`${listed!.switchedOff!.reason} ${listed!.switchedOff!.whatToDo}`);
      // The robot still answers everything else.
      expect((await robot.conversation.ask('vad är klockan')).outcome).toBe('answered');

      // Switching it on again starts a fresh sandbox.
      expect(await admin.setEnabled('joke', true, 'it-anna')).toMatchObject({ kind: 'done', live: { kind: 'switched' } });
      await new Promise((resolve) => setImmediate(resolve));
      expect(robot.live.switchedOff().size).toBe(0);
      expect(trainings.count - before).toBe(1);

      // Off and on again: each set's model was kept, so neither switch trains.
      expect(await admin.setEnabled('joke', false, 'it-anna')).toMatchObject({ kind: 'done', live: { kind: 'switched' } });
      expect((await robot.conversation.ask('berätta ett skämt')).skill).not.toBe('joke');
      expect(await admin.setEnabled('joke', true, 'it-anna')).toMatchObject({ kind: 'done', live: { kind: 'switched' } });
      expect(trainings.count - before).toBe(1);
      expect(await robot.conversation.ask('berätta ett skämt')).toMatchObject({ skill: 'joke', answer: 'Ett skämt.' });
    } finally {
      await robot.close();
    }
  });
});
