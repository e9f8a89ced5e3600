/** IT's admin API over real HTTPS on loopback: tokens, a pinned certificate, install, rollback, on/off, audit. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { callRobot, type RobotAddress } from '../../admin/admin-client';
import { createAdminServer } from '../../admin/admin-server';
import { hashToken, newToken } from '../../admin/tokens';
import { panelTls } from '../../app/commands/panel-tls';
import { builtinSkills } from '../../skills/builtin';
import { metadataPathFor } from '../../robot/skill-packages/metadata';
import { SkillAdmin } from '../../robot/skill-packages/skill-admin';
import { readDisabledSkills } from '../../robot/skill-packages/skill-state';
import { tempDir } from '../support/robot-harness';
import { jokeSkill, newKey, NOW, robotWith, signedBundle } from '../skill-packages/support';

jest.setTimeout(60_000);

const key = newKey();
const token = newToken();

async function adminRobot() {
  const robot = robotWith([{ publicKey: key.publicKey, revoked: false }]);
  const stateFile = path.join(path.dirname(robot.paths.ledgerFile), 'skill-state.json');
  const skills = new SkillAdmin({ paths: robot.paths, trusted: [{ publicKey: key.publicKey, revoked: false }], robotVersion: '0.1.0', builtin: builtinSkills, timeoutMs: 3000, stateFile, now: () => NOW });
  const dir = tempDir();
  const tls = await panelTls({ tls: 'self-signed', certFile: path.join(dir, 'cert.pem'), keyFile: path.join(dir, 'key.pem') } as never, NOW);
  if (tls.kind !== 'tls') throw new Error('no certificate');
  const server = createAdminServer({ tls, tokens: [{ name: 'it-anna', sha256: hashToken(token) }], skills, maxFailures: 3 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address: RobotAddress = { url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`, token, fingerprint: new crypto.X509Certificate(tls.cert).fingerprint256 };
  return { robot, stateFile, server, address };
}

const upload = async (dir: string, release: number) => {
  const bundle = await signedBundle(dir, key, { release });
  return { bundle: fs.readFileSync(bundle).toString('base64'), metadata: JSON.parse(fs.readFileSync(metadataPathFor(bundle), 'utf8')) };
};

describe('the admin API', () => {
  it('installs, lists, switches off and on, rolls back and records who did each', async () => {
    const { server, address, stateFile } = await adminRobot();
    try {
      expect(await callRobot(address, 'POST', '/admin/skills', await upload(jokeSkill('1.0.0'), 1))).toEqual({ status: 200, body: { kind: 'installed', skill: 'joke', version: '1.0.0', release: 1 } });
      expect((await callRobot(address, 'POST', '/admin/skills', await upload(jokeSkill('1.1.0'), 2))).body).toMatchObject({ kind: 'installed', previous: '1.0.0' });
      expect((await callRobot(address, 'GET', '/admin/skills')).body).toEqual([{ skill: 'joke', version: '1.1.0', highestRelease: 2, installed: ['1.0.0', '1.1.0'], enabled: true }]);

      expect((await callRobot(address, 'POST', '/admin/skills/joke/disable')).status).toBe(200);
      expect(readDisabledSkills(stateFile)).toEqual(['joke']);
      expect((await callRobot(address, 'POST', '/admin/skills/joke/enable')).status).toBe(200);
      expect(readDisabledSkills(stateFile)).toEqual([]);

      expect(await callRobot(address, 'POST', '/admin/skills/joke/rollback')).toEqual({ status: 200, body: { kind: 'rolled-back', skill: 'joke', from: '1.1.0', to: '1.0.0' } });
      const replay = await callRobot(address, 'POST', '/admin/skills', await upload(jokeSkill('1.0.0'), 1));
      expect(replay.status).toBe(409);
      expect(replay.body).toMatchObject({ kind: 'refused', reason: expect.stringContaining('not newer than release 2') });

      const audit = (await callRobot(address, 'GET', '/admin/audit')).body as { who: string; action: string; result: string }[];
      expect(audit.map((e) => `${e.who} ${e.action} ${e.result}`)).toEqual([
        'it-anna install done', 'it-anna install done', 'it-anna disable done', 'it-anna enable done', 'it-anna rollback done', 'it-anna install refused',
      ]);
    } finally {
      server.close();
    }
  });

  it('refuses a wrong token, then the address after three, and says what a bad request lacks', async () => {
    const { server, address } = await adminRobot();
    try {
      expect((await callRobot(address, 'POST', '/admin/skills', { bundle: '' })).body).toMatchObject({ error: expect.stringContaining('bundle') });
      expect((await callRobot(address, 'POST', '/admin/skills/nobody/disable')).body).toEqual({ kind: 'refused', reason: 'no skill "nobody" on this robot' });
      const wrong = { ...address, token: newToken() };
      for (let i = 0; i < 3; i++) expect((await callRobot(wrong, 'GET', '/admin/skills')).status).toBe(401);
      expect((await callRobot(wrong, 'GET', '/admin/skills')).status).toBe(429);
    } finally {
      server.close();
    }
  });

  it('is not spoken to when the certificate is not the pinned one', async () => {
    const { server, address } = await adminRobot();
    try {
      await expect(callRobot({ ...address, fingerprint: 'AA'.repeat(32) }, 'GET', '/admin/skills')).rejects.toThrow('not the pinned one');
      await expect(callRobot({ url: address.url, token }, 'GET', '/admin/skills')).rejects.toThrow(/self-signed|certificate/);
    } finally {
      server.close();
    }
  });
});
