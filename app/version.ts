/** The robot's version, from its package.json (found above this file, in the source tree or in dist/). */
import fs from 'node:fs';
import path from 'node:path';

export function robotVersion(from = __dirname): string {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!fs.existsSync(file)) continue;
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === 'laiban' && pkg.version) return pkg.version;
  }
  throw new Error('the robot\'s package.json was not found');
}
