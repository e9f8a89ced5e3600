/** `laiban bridge push` and `laiban bridge fleet` with the built CLI: a push for a group, and who has not answered. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../support/robot-harness';

const bin = path.resolve(__dirname, '../../bin/laiban.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: cwd }, timeout: 60_000 });

describe('laiban bridge push', () => {
  it('offers a signed bundle to a group, lists each robot of it as waiting, and names an unknown group', () => {
    const work = tempDir();
    const keygen = run(['skill', 'keygen', '--out', 'keys'], work).stdout;
    const keyFile = /private key: (\S+)/.exec(keygen)![1]!;
    run(['skill', 'pack', path.resolve(__dirname, '../../skills/examples/joke'), '--out', '.'], work);
    run(['skill', 'sign', 'joke-1.0.0.tar.gz', '--key', keyFile, '--release', '1'], work);
    fs.writeFileSync(path.join(work, 'bridge.json'), JSON.stringify({
      dataDir: 'bridge-data',
      tokens: [{ robot: 'solrosen-1', token: '3f9a1c7e5b2d4086a1e3c5f7b9d2e4a6' }, { robot: 'valsang-1', token: 'c8e2a4f6b1d3e5a7c9f1b3d5e7a9c2e4' }],
      fleet: { groups: { north: ['solrosen-1'] } },
    }));
    const push = run(['bridge', 'push', 'joke-1.0.0.tar.gz', '--config', 'bridge.json', '--group', 'north'], work);
    expect(push.stdout).toMatch(/^pushed joke 1\.0\.0 \(release 1\) as joke-r1-[0-9a-f]{6} to groups north/);
    const fleet = run(['bridge', 'fleet', '--config', 'bridge.json'], work);
    expect(fleet.stdout).toContain('solrosen-1: waiting (not connected since the push)');
    expect(fleet.stdout).not.toContain('valsang-1');
    const wrong = run(['bridge', 'push', 'joke-1.0.0.tar.gz', '--config', 'bridge.json', '--group', 'south'], work);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('no group south in fleet.groups of bridge.json');
  });
});
