/** `laiban start` serves the teachers' panel over HTTPS with its own certificate and prints a setup code. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import { describeDataAge } from '../../app/commands/start-panel';
import { tempDir } from '../support/robot-harness';

const bin = path.resolve(__dirname, '../../bin/laiban.js');

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function getInsecure(url: string): Promise<{ status: number; body: string; secureCookie: boolean }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { rejectUnauthorized: false }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, secureCookie: (res.headers['set-cookie'] ?? []).some((c) => /;\s*Secure/i.test(c)) }));
      })
      .on('error', reject);
  });
}

it('serves the panel over HTTPS and prints the one-time setup code the panel asks for', async () => {
  const dir = tempDir();
  const port = await freePort();
  const config = path.join(dir, 'laiban.json');
  fs.writeFileSync(
    config,
    JSON.stringify({ understanding: { classifier: 'baseline' }, dataDir: path.join(dir, 'data'), panel: { host: '127.0.0.1', port } }),
  );
  const robot = spawn(process.execPath, [bin, 'start', '--config', config], { env: { PATH: process.env.PATH ?? '', HOME: dir } });
  let out = '';
  robot.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  try {
    const deadline = Date.now() + 20_000;
    while (!/engångskoden \d{4} \d{4}/.test(out)) {
      if (Date.now() > deadline) throw new Error(`no setup code printed: ${out}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(out).toContain(`Personalpanelen: https://127.0.0.1:${port}`);
    const setup = await getInsecure(`https://127.0.0.1:${port}/setup`);
    expect(setup.status).toBe(200);
    expect(setup.body).toContain('Kod från roboten');
    // The set-password form keeps nothing per visitor; a cookie the panel does set is Secure over HTTPS.
    expect(setup.secureCookie).toBe(false);
    expect((await getInsecure(`https://127.0.0.1:${port}/setup?lang=en`)).secureCookie).toBe(true);
    expect(fs.existsSync(path.join(dir, 'data', 'panel-tls', 'cert.pem'))).toBe(true);
  } finally {
    robot.stdin.end('exit\n');
    await new Promise((resolve) => robot.once('exit', resolve));
  }
}, 30_000);

describe('the data age on the status page', () => {
  const now = new Date('2026-11-25T10:00:00Z');
  it('says how old each source\'s newest data is, in minutes, hours or days', () => {
    expect(
      describeDataAge({ weather: '2026-11-25T09:48:00Z', lunch: '2026-11-25T07:00:00Z', warnings: '2026-11-22T10:00:00Z' }, now),
    ).toBe('väder 12 min, matsedel 3 tim, varningar 3 dygn');
  });
  it('is unknown before any data was given out', () => {
    expect(describeDataAge({}, now)).toBeNull();
  });
});

describe('laiban panel hash-password', () => {
  it('prints a hash of the password on stdin that the panel accepts, and refuses a short one', async () => {
    const { spawnSync } = await import('node:child_process');
    const { verifyPassword } = await import('../../panel/create-panel');
    const made = spawnSync(process.execPath, [bin, 'panel', 'hash-password'], { input: 'solrosen har tre kaniner\n', encoding: 'utf8' });
    expect(made.status).toBe(0);
    const hash = made.stdout.trim();
    expect(hash).toMatch(/^scrypt\$/);
    expect(verifyPassword('solrosen har tre kaniner', hash)).toBe(true);
    expect(verifyPassword('solrosen har två kaniner', hash)).toBe(false);
    const short = spawnSync(process.execPath, [bin, 'panel', 'hash-password'], { input: 'kort\n', encoding: 'utf8' });
    expect(short.status).toBe(1);
    expect(short.stderr).toContain('at least 10 characters');
  });
});
