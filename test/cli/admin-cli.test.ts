/** IT drives another robot's skills over HTTPS with the built CLI: a token, a pinned certificate, install, list, switch off. */
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { tempDir } from '../support/robot-harness';

const bin = path.resolve(__dirname, '../../bin/laiban.js');
const JOKE = path.resolve(__dirname, '../../skills/examples/joke');

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: tempDir(), ...env }, timeout: 60_000 });

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

describe('laiban skill --robot', () => {
  it('installs on a running robot through its admin API, lists it, and switches it off', async () => {
    const work = tempDir();
    const key = run(['skill', 'keygen', '--out', work]).stdout;
    const publicKey = /public key \(for skills.trustedKeys\): (\S+)/.exec(key)![1]!;
    const keyFile = /private key: (\S+)/.exec(key)![1]!;
    const token = run(['admin', 'token', '--name', 'it-anna']).stdout;
    const secret = /shown once.*: (\S+)\n/.exec(token)![1]!;
    const entry = JSON.parse(/add to admin.tokens in the robot's config: (.+)\n/.exec(token)![1]!);
    const tokenFile = path.join(work, 'token');
    fs.writeFileSync(tokenFile, secret, { mode: 0o600 });

    const port = await freePort();
    const dataDir = path.join(work, 'robot');
    const config = path.join(work, 'laiban.json');
    fs.writeFileSync(config, JSON.stringify({
      dataDir, understanding: { classifier: 'baseline' }, body: { port: 'off' }, speech: { engine: 'none' },
      panel: { enabled: false, host: '127.0.0.1' }, skills: { trustedKeys: [{ publicKey }] }, admin: { port, tokens: [entry] },
    }));
    const robot = spawn(process.execPath, [bin, 'start', '--config', config], { env: { PATH: process.env.PATH ?? '', HOME: work }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    robot.stdout.on('data', (c: Buffer) => (out += c.toString()));
    try {
      await new Promise<void>((resolve, reject) => {
        const started = Date.now();
        const poll = setInterval(() => {
          if (out.includes('admin-API')) resolve(clearInterval(poll));
          else if (Date.now() - started > 30_000) reject(new Error(`no admin API: ${out}`));
        }, 100);
      });
      expect(out).toContain(`IT:s admin-API för skills: port ${port} (1 operatörer)`);
      const cert = fs.readFileSync(path.join(dataDir, 'panel-tls', 'cert.pem'), 'utf8');
      const remote = ['--robot', `https://127.0.0.1:${port}`, '--token-file', tokenFile, '--fingerprint', new crypto.X509Certificate(cert).fingerprint256];

      run(['skill', 'pack', JOKE, '--out', work]);
      const bundle = path.join(work, 'joke-1.0.0.tar.gz');
      run(['skill', 'sign', bundle, '--key', keyFile, '--release', '1']);
      const install = run(['skill', 'install', bundle, ...remote]);
      expect(install.stderr).toBe('');
      expect(install.stdout).toContain('installed joke 1.0.0 (release 1)');
      expect(run(['skill', 'list', ...remote]).stdout).toContain('joke 1.0.0 — release 1 seen, 1 installed');
      expect(run(['skill', 'disable', 'joke', ...remote]).stdout).toContain('joke: switched off');
      expect(run(['skill', 'list', ...remote]).stdout).toContain('1 installed, switched off');
      const stranger = run(['skill', 'list', '--robot', `https://127.0.0.1:${port}`, '--fingerprint', new crypto.X509Certificate(cert).fingerprint256], { LAIBAN_ADMIN_TOKEN: 'x'.repeat(43) });
      expect(stranger.status).toBe(1);
      expect(stranger.stderr).toContain('the robot said 401: a valid operator token is needed');
    } finally {
      robot.kill();
    }
  }, 120_000);
});
