/** IT's whole round with the built `laiban skill` commands: a key, a bundle, a signature, install, list, roll back. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../support/robot-harness';

const bin = path.resolve(__dirname, '../../bin/laiban.js');
const JOKE = path.resolve(__dirname, '../../skills/examples/joke');

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: tempDir(), LAIBAN_OPERATOR: 'it-anna', ...env }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('laiban skill', () => {
  it('makes a key, packs, signs, installs, lists, answers with the skill, and rolls back', () => {
    const work = tempDir();
    const keygen = run(['skill', 'keygen', '--out', path.join(work, 'keys')]);
    expect(keygen.code).toBe(0);
    const publicKey = /public key \(for skills.trustedKeys\): (\S+)/.exec(keygen.stdout)![1]!;
    const keyFile = /private key: (\S+)/.exec(keygen.stdout)![1]!;
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);

    const dataDir = path.join(work, 'robot');
    const config = path.join(work, 'laiban.json');
    fs.writeFileSync(config, JSON.stringify({ dataDir, understanding: { classifier: 'baseline' }, panel: { enabled: false }, skills: { trustedKeys: [{ publicKey, name: 'IT' }] } }));

    const versions: string[] = [];
    for (const [version, release] of [['1.0.0', '1'], ['1.1.0', '2']] as const) {
      const dir = path.join(work, `joke-${version}`);
      fs.cpSync(JOKE, dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'index.js'), fs.readFileSync(path.join(dir, 'index.js'), 'utf8').replace("version: '1.0.0'", `version: '${version}'`));
      const pack = run(['skill', 'pack', dir, '--out', work]);
      expect(pack.code).toBe(0);
      const bundle = path.join(work, `joke-${version}.tar.gz`);
      expect(pack.stdout).toContain(`${bundle}: joke ${version}`);
      expect(run(['skill', 'sign', bundle, '--key', keyFile, '--release', release]).code).toBe(0);
      const install = run(['skill', 'install', bundle, '--config', config]);
      expect(install.stderr).toBe('');
      expect(install.stdout).toContain(`installed joke ${version} (release ${release})`);
      versions.push(version);
    }
    expect(versions).toEqual(['1.0.0', '1.1.0']);

    const list = run(['skill', 'list', '--config', config]);
    expect(list.stdout).toContain('joke 1.1.0 — release 2 seen, 2 installed');
    expect(list.stdout).toMatch(/trusted key [0-9a-f]{16} \(IT\)/);
    const ask = run(['ask', '--config', config, 'berätta ett skämt']);
    expect(ask.stdout).toMatch(/snögubbe/);

    const back = run(['skill', 'rollback', 'joke', '--config', config]);
    expect(back.stdout).toContain('joke: back from 1.1.0 to 1.0.0');
    expect(run(['skill', 'list', '--config', config]).stdout).toContain('joke 1.0.0 — release 2 seen');

    const replay = run(['skill', 'install', path.join(work, 'joke-1.0.0.tar.gz'), '--config', config]);
    expect(replay.code).toBe(1);
    expect(replay.stderr).toContain('refused: release 1 of "joke" is not newer than release 2');
    const audit = fs.readFileSync(path.join(dataDir, 'skill-audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(audit.map((e) => `${e.who} ${e.action} ${e.result}`)).toEqual(['it-anna install done', 'it-anna install done', 'it-anna rollback done', 'it-anna install refused']);
  }, 120_000);
});
