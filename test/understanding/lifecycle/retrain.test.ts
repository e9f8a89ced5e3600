import fs from 'node:fs';
import path from 'node:path';
import { loadModel } from '../../../robot/understanding/lifecycle/model-files';
import { tempDir, testConfig, testRobot } from '../../support/robot-harness';

describe('retraining when the installed skills change', () => {
  it('keeps answering with the old model, retrains in a worker, and swaps in a model that knows the new skill', async () => {
    const base = testConfig('model');
    const modelDir = tempDir();
    fs.cpSync(base.understanding.modelDir, modelDir, { recursive: true });
    const config = { ...base, understanding: { ...base.understanding, modelDir } };
    fs.cpSync(path.resolve(__dirname, '../../../skills/examples/joke'), path.join(config.skills.installedDir, 'joke'), { recursive: true });
    const before = await loadModel(modelDir);
    expect(before.kind === 'found' && before.model.meta.labels).not.toContain('joke');

    const robot = testRobot({ config });
    const meanwhile = await robot.conversation.ask('vad är klockan');
    expect(meanwhile.intent).toBe('time');
    expect(robot.nlu?.status).toMatchObject({ kind: 'model', retraining: true });

    await robot.understandingReady();
    expect(robot.nlu?.status).toMatchObject({ kind: 'model', retraining: false });
    const after = await loadModel(modelDir);
    expect(after.kind === 'found' && after.model.meta.labels).toContain('joke');
    expect(robot.understanding.classifierName).toBe('onnx');
    const joke = await robot.conversation.ask('kan du berätta ett skämt för mig');
    expect(joke).toMatchObject({ intent: 'joke', skill: 'joke' });
    robot.close();
  }, 120000);
});
