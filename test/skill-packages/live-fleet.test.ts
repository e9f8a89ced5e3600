/**
 * A bundle IT pushes through the bridge reaches a running robot's answers without a restart: real bridge,
 * real WebSocket on loopback, the robot's own bridge link, install pipeline and sandbox.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FleetStore } from '../../bridge/fleet/fleet-store';
import { BridgeServer } from '../../bridge/server/bridge-server';
import { TokenList } from '../../bridge/server/tokens';
import { BridgeService } from '../../bridge/service/bridge-service';
import { bridgeSettings } from '../../bridge/service/settings';
import { createSilentLogger } from '../../robot/runtime/log';
import { metadataPathFor } from '../../robot/skill-packages/metadata';
import { skillPaths } from '../../robot/skill-packages/paths';
import { SkillAdmin } from '../../robot/skill-packages/skill-admin';
import { skillStateFile } from '../../robot/skill-packages/skill-state';
import { builtinSkills } from '../../skills/builtin';
import { tempDir, testConfig, testRobot } from '../support/robot-harness';
import { jokeSkill, newKey, NOW, signedBundle } from './support';

jest.setTimeout(60_000);

const ROBOT = { robot: 'solrosen-1', token: 'token-solrosen-0123456789abcdef' };

describe('a fleet push to a running robot', () => {
  it('is answered from the next question, without a restart', async () => {
    const key = newKey();
    const fleet = new FleetStore(tempDir('laiban-fleet-'), {});
    const service = new BridgeService({
      settings: bridgeSettings({ weather: { provider: 'smhi', baseUrl: 'http://127.0.0.1:9', warningsBaseUrl: 'http://127.0.0.1:9' }, lunchSources: {}, cacheDir: tempDir() }),
      clock: { now: () => NOW },
      log: createSilentLogger(),
    });
    const server = await BridgeServer.listen({ service, tokens: new TokenList([ROBOT]), log: createSilentLogger(), port: 0, fleet, fleetPollMs: 100 });
    const base = testConfig('baseline');
    const dataDir = tempDir('laiban-live-fleet-');
    const config = {
      ...base,
      dataDir,
      bridge: { ...base.bridge, url: `ws://127.0.0.1:${server.port}`, token: ROBOT.token },
      skills: { ...base.skills, installedDir: path.join(dataDir, 'skills'), timeoutMs: 8000, trustedKeys: [{ publicKey: key.publicKey, revoked: false }] },
    };
    const paths = skillPaths(dataDir, config.skills.installedDir);
    fs.mkdirSync(paths.versionsDir, { recursive: true });
    let admin: SkillAdmin | undefined;
    const robot = testRobot({
      config,
      installPushedSkill: async (bundle, metadata, pushId) => {
        const result = await admin!.install(bundle, metadata, `bridge push ${pushId}`);
        return result.kind === 'installed' ? { kind: 'installed', version: result.version } : { kind: 'refused', reason: result.reason };
      },
    });
    admin = new SkillAdmin({
      paths, trusted: config.skills.trustedKeys, robotVersion: '0.1.0', builtin: builtinSkills, timeoutMs: 8000,
      stateFile: skillStateFile(dataDir), now: () => NOW, live: robot.live,
    });
    try {
      expect((await robot.conversation.ask('berätta ett skämt')).skill).not.toBe('joke');
      const fixed = "return { speech: { sv: 'Från bryggan.', en: 'From the bridge.' }, expression: 'happy' };";
      const bundle = await signedBundle(jokeSkill('1.0.0', undefined, fixed), key, { release: 1 });
      const push = fleet.addPush(fs.readFileSync(bundle), JSON.parse(fs.readFileSync(metadataPathFor(bundle), 'utf8')), { all: true }, NOW);
      for (let i = 0; i < 300 && !fleet.results()[push.pushId]?.[ROBOT.robot]; i++) await new Promise((r) => setTimeout(r, 100));
      expect(fleet.results()[push.pushId]?.[ROBOT.robot]?.outcome).toEqual({ kind: 'installed', version: '1.0.0' });
      expect(await robot.conversation.ask('berätta ett skämt')).toMatchObject({ skill: 'joke', answer: 'Från bryggan.' });
    } finally {
      await robot.close();
      await server.close();
    }
  });
});
