/**
 * Where libvosk comes from: a configured path, then the `vosk@0.3.39` npm package's linux-x86_64 build, then the
 * system's. Apart from `vosk.ts` so that looking does not load koffi (3 MB) into the robot's process: only the
 * recognition worker calls libvosk.
 */
import fs from 'node:fs';
import path from 'node:path';

export type LibvoskChoice = { kind: 'found'; path: string; how: string } | { kind: 'none'; why: string };

const SYSTEM_PATHS = ['/usr/local/lib/libvosk.so', '/usr/lib/libvosk.so', `/usr/lib/${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-linux-gnu/libvosk.so`];

export function findLibvosk(configured?: string): LibvoskChoice {
  if (configured) return fs.existsSync(configured) ? { kind: 'found', path: configured, how: 'configured' } : { kind: 'none', why: `libvosk ${configured} does not exist` };
  if (process.platform === 'linux' && process.arch === 'x64') {
    try {
      const packaged = path.join(path.dirname(require.resolve('vosk/package.json')), 'lib', 'linux-x86_64', 'libvosk.so');
      if (fs.existsSync(packaged)) return { kind: 'found', path: packaged, how: 'the vosk npm package' };
    } catch {
      // not installed: try the system
    }
  }
  const system = SYSTEM_PATHS.find((p) => fs.existsSync(p));
  if (system) return { kind: 'found', path: system, how: 'system' };
  const arm = process.arch === 'arm64' ? ' (on a Raspberry Pi: take libvosk.so for aarch64 from a Vosk release or its Python wheel, see speech/README.md)' : '';
  return { kind: 'none', why: `no libvosk for ${process.platform}-${process.arch}${arm}` };
}
