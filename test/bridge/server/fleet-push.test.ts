/**
 * IT pushes a signed skill bundle through one bridge to 50 robots: 45 connected install it, 2 that do not
 * trust the signing key refuse it, and 3 offline get it when they connect. Real bridge, real WebSockets on
 * loopback, each robot's own bridge link and install pipeline (sandbox self-test included).
 */
import fs from 'node:fs';
import path from 'node:path';
import { FleetStore } from '../../../bridge/fleet/fleet-store';
import { BridgeServer } from '../../../bridge/server/bridge-server';
import { TokenList } from '../../../bridge/server/tokens';
import { BridgeService } from '../../../bridge/service/bridge-service';
import { bridgeSettings } from '../../../bridge/service/settings';
import { type BridgeLink, connectBridgeLink } from '../../../robot/bridge-link/bridge-link';
import { createSilentLogger } from '../../../robot/runtime/log';
import { metadataPathFor } from '../../../robot/skill-packages/metadata';
import { skillPaths } from '../../../robot/skill-packages/paths';
import { SkillAdmin } from '../../../robot/skill-packages/skill-admin';
import { builtinSkills } from '../../../skills/builtin';
import { testConfig, tempDir } from '../../support/robot-harness';
import { jokeSkill, newKey, NOW, signedBundle } from '../../skill-packages/support';

jest.setTimeout(180_000);

const ROBOTS = Array.from({ length: 50 }, (_, i) => ({ robot: `robot-${String(i).padStart(2, '0')}`, token: `token-${i}-0123456789abcdef` }));
const DISTRUSTING = new Set(['robot-10', 'robot-20']);
const OFFLINE = new Set(['robot-47', 'robot-48', 'robot-49']);

async function until(check: () => boolean, what: string, ms = 120_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('a fleet push through the bridge', () => {
  it('reports each robot: installed, refused and why, or waiting until it connects', async () => {
    const key = newKey();
    const stranger = newKey();
    const fleet = new FleetStore(tempDir('laiban-fleet-'), { north: ROBOTS.slice(0, 25).map((r) => r.robot) });
    const service = new BridgeService({
      settings: bridgeSettings({ weather: { provider: 'smhi', baseUrl: 'http://127.0.0.1:9', warningsBaseUrl: 'http://127.0.0.1:9' }, lunchSources: {}, cacheDir: tempDir() }),
      clock: { now: () => NOW },
      log: createSilentLogger(),
    });
    const server = await BridgeServer.listen({ service, tokens: new TokenList(ROBOTS), log: createSilentLogger(), port: 0, fleet, fleetPollMs: 100 });
    const links: BridgeLink[] = [];
    const connect = ({ robot, token }: (typeof ROBOTS)[number]) => {
      const base = testConfig('baseline');
      const config = { ...base, bridge: { url: `ws://127.0.0.1:${server.port}`, token } };
      const skills = new SkillAdmin({
        paths: skillPaths(config.dataDir, config.skills.installedDir),
        trusted: [{ publicKey: (DISTRUSTING.has(robot) ? stranger : key).publicKey, revoked: false }],
        // 47 sandboxes starting at once on this machine's two cores; each real robot installs alone.
        robotVersion: '0.1.0', builtin: builtinSkills, timeoutMs: 60_000, stateFile: path.join(config.dataDir, 'skill-state.json'), now: () => NOW,
      });
      fs.mkdirSync(skillPaths(config.dataDir, config.skills.installedDir).versionsDir, { recursive: true });
      links.push(connectBridgeLink(config, config.dataDir, {
        log: createSilentLogger(),
        installPushedSkill: async (bundle, metadata, pushId) => {
          const result = await skills.install(bundle, metadata, `bridge push ${pushId}`);
          return result.kind === 'installed' ? { kind: 'installed', version: result.version } : { kind: 'refused', reason: result.reason };
        },
      }));
    };
    try {
      for (const robot of ROBOTS.filter((r) => !OFFLINE.has(r.robot))) connect(robot);
      await until(() => server.robotCount === 47, '47 robots to connect');

      const bundle = await signedBundle(jokeSkill('1.0.0'), key, { release: 1 });
      const push = fleet.addPush(fs.readFileSync(bundle), JSON.parse(fs.readFileSync(metadataPathFor(bundle), 'utf8')), { all: true }, NOW);
      const reported = () => Object.keys(fleet.results()[push.pushId] ?? {}).length;
      await until(() => reported() === 47, 'the connected robots to report');

      const results = fleet.results()[push.pushId]!;
      const installed = Object.entries(results).filter(([, r]) => r.outcome.kind === 'installed').map(([robot]) => robot);
      expect(installed).toHaveLength(45);
      for (const robot of DISTRUSTING) expect(results[robot]?.outcome).toEqual({ kind: 'refused', reason: expect.stringContaining('unknown key') });
      for (const robot of OFFLINE) expect(results[robot]).toBeUndefined();
      expect(fleet.offersFor('robot-47')).toEqual([{ pushId: push.pushId, skill: 'joke', version: '1.0.0', release: 1 }]);
      expect(fleet.offersFor('robot-00')).toEqual([]);

      for (const robot of ROBOTS.filter((r) => OFFLINE.has(r.robot))) connect(robot);
      await until(() => reported() === 50, 'the robots that were offline to report');
      expect(Object.values(fleet.results()[push.pushId]!).filter((r) => r.outcome.kind === 'installed')).toHaveLength(48);

      // A push to a group is offered to that group only.
      const groupPush = fleet.addPush(fs.readFileSync(bundle), JSON.parse(fs.readFileSync(metadataPathFor(bundle), 'utf8')), { groups: ['north'] }, NOW);
      expect(fleet.offersFor('robot-03').map((o) => o.pushId)).toEqual([groupPush.pushId]);
      expect(fleet.offersFor('robot-30')).toEqual([]);
    } finally {
      await Promise.all(links.map((l) => l.close()));
      await server.close();
    }
  });
});
