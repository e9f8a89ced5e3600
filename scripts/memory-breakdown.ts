/** Where a process's resident memory is: V8's heap and what JS holds outside it, and (on Linux) anonymous vs file-backed pages. */
import fs from 'node:fs';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function smapsRollup(): { anonymous: number; fileBacked: number } | undefined {
  try {
    const text = fs.readFileSync('/proc/self/smaps_rollup', 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN) * 1024;
    const anonymous = kb('Anonymous');
    return Number.isNaN(anonymous) ? undefined : { anonymous, fileBacked: kb('Rss') - anonymous };
  } catch {
    return undefined; // not Linux
  }
}

export function memoryBreakdown(): string {
  const m = process.memoryUsage();
  const pages = smapsRollup();
  const split = pages ? `; anonymous ${mb(pages.anonymous)}, file-backed ${mb(pages.fileBacked)} (node, libonnxruntime)` : '';
  return `rss ${mb(m.rss)}: V8 heap ${mb(m.heapTotal)} (${mb(m.heapUsed)} used), external ${mb(m.external)} (array buffers ${mb(m.arrayBuffers)})${split}`;
}
