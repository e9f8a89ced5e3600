import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const REPO = path.resolve(__dirname, '../..');
const DEPCRUISE = path.join(REPO, 'node_modules/.bin/depcruise');

interface Cruised {
  modules: { source: string }[];
  summary: { violations: { rule: { name: string }; from: string; to: string }[] };
}

/** dependency-cruiser (ESM only, so run as the CLI) over `entries` in `cwd`, with the house's rules or none. */
function cruiseIn(cwd: string, entries: string[], withRules = true): Cruised {
  const args = [...entries, '--output-type', 'json', ...(withRules ? ['--config', path.join(REPO, '.dependency-cruiser.cjs')] : ['--no-config', '--ts-pre-compilation-deps'])];
  let out: string;
  try {
    out = execFileSync(DEPCRUISE, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    out = (err as { stdout: string }).stdout; // exit code 1 when there are violations; the JSON is still there
  }
  return JSON.parse(out) as Cruised;
}

describe('the house has one direction', () => {
  it('the standalone bridge carries nothing of the panel, the skills or the robot', async () => {
    const result = cruiseIn(REPO, ['app/commands/bridge.ts'], false);
    const reached = result.modules.map((m) => m.source).filter((s) => !s.startsWith('node_modules') && !s.startsWith('app/'));
    expect(reached.length).toBeGreaterThan(10);
    expect(reached.filter((s) => /^(panel|skills|robot|config)\//.test(s))).toEqual([]);
  }, 60_000);

  it('fails on an import against the layers and on a circle', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laiban-layers-'));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };
    write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'commonjs', strict: true } }));
    write('robot/clock.ts', "export const now = () => new Date();\n");
    write('core/fine.ts', 'export const one = 1;\n');
    write('robot/uses-core.ts', "import { one } from '../core/fine';\nexport const two = one + 1;\n");
    write('core/looks-up.ts', "import { now } from '../robot/clock';\nexport const later = now;\n");
    write('panel/a.ts', "import { b } from './b';\nexport const a = () => b;\n");
    write('panel/b.ts', "import { a } from './a';\nexport const b = () => a;\n");
    try {
      const result = cruiseIn(dir, ['core', 'robot', 'panel']);
      const broken = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
      expect(broken).toEqual(expect.arrayContaining(['core-is-the-ground: core/looks-up.ts → robot/clock.ts', 'no-circular: panel/a.ts → panel/b.ts']));
      expect(broken.some((b) => b.includes('robot/uses-core.ts'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('holds for the whole repository', async () => {
    const result = cruiseIn(REPO, ['app', 'core', 'protocol', 'bridge', 'skills', 'speech', 'hardware', 'robot', 'panel', 'config', 'scripts']);
    expect(result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  }, 120_000);
});
