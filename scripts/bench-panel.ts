/**
 * npm run bench:panel — what a teacher and the robot wait for: one save to the preschool database (WAL,
 * fsync on every commit), the robot's pick-up lookup, hashing the staff password, and the panel's pages
 * over HTTP with a full preschool (40 children, each with a pick-up today). Prints p50/p99 and memory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { hashPasswordAsync } from '../core/passwords';
import { startPanel } from '../panel/create-panel';
import { systemClock } from '../core/clock';
import { PreschoolStore } from '../robot/preschool/preschool-store';
import { localTime } from '../core/calendar';

const CHILDREN = 40;
const PASSWORD = 'bench-lösenord-för-personalen';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function timed(times: number, run: (i: number) => unknown): Promise<number[]> {
  const took: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await run(i);
    took.push(performance.now() - started);
  }
  return took.sort((a, b) => a - b);
}

function report(name: string, took: number[]): void {
  console.log(`${name.padEnd(34)} n ${String(took.length).padStart(4)}  p50 ${percentile(took, 50).toFixed(2).padStart(8)} ms  p99 ${percentile(took, 99).toFixed(2).padStart(8)} ms`);
}

/** A cookie-keeping client that logs in and keeps the CSRF token, as a browser would. */
class Teacher {
  private cookie = '';
  csrf = '';
  constructor(private readonly base: string) {}
  async send(urlPath: string, init: RequestInit = {}): Promise<string> {
    const response = await fetch(this.base + urlPath, { ...init, headers: { ...(init.headers as object), cookie: this.cookie }, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) this.cookie = line.split(';')[0] ?? '';
    const text = await response.text();
    this.csrf = /name="csrf" value="([^"]+)"/.exec(text)?.[1] ?? this.csrf;
    return text;
  }
  post(urlPath: string, fields: Record<string, string>): Promise<string> {
    const body = new URLSearchParams({ ...fields, csrf: this.csrf }).toString();
    return this.send(urlPath, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: this.base }, body });
  }
}

function databaseBytes(file: string): number {
  return [file, `${file}-wal`].reduce((sum, f) => sum + (fs.existsSync(f) ? fs.statSync(f).size : 0), 0);
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laiban-bench-panel-'));
  const store = PreschoolStore.open(path.join(dir, 'preschool.db'));
  const today = localTime(systemClock.now(), 'Europe/Stockholm').date;
  const children = Array.from({ length: CHILDREN }, (_, i) => store.addChild(`Barn${i}`));

  const saves = await timed(400, (i) => store.setPickup(children[i % CHILDREN]!.id, today, `mormor ${i}`, '15:30', ''));
  const lookups = await timed(2000, (i) => store.pickupFor(`Barn${i % CHILDREN}`, today));
  const hashing = await timed(5, () => hashPasswordAsync(PASSWORD));

  const hash = await hashPasswordAsync(PASSWORD);
  const panel = await startPanel({
    store,
    clock: systemClock,
    timeZone: 'Europe/Stockholm',
    log: pino({ level: 'silent' }),
    host: '127.0.0.1',
    port: 0,
    passwordHash: hash,
    setupCode: 'unused',
    status: () => ({ bridge: 'bench', dataAge: null, errors: [] }),
  });
  const teacher = new Teacher(panel.url);
  await teacher.send('/login');
  await teacher.post('/login', { password: PASSWORD });
  const todayPage = await timed(200, () => teacher.send('/'));
  await teacher.send('/');
  const savePickup = await timed(200, async (i) => {
    await teacher.post('/hamtning/spara', { child: String(children[i % CHILDREN]!.id), who: `pappa ${i}`, time: '16:00', note: '' });
    await teacher.send('/');
  });

  // A bench that timed refusals would flatter the panel: the last save must be there.
  if (!store.pickupsOn(today).some((p) => p.who === 'pappa 199')) throw new Error('the panel did not save the pick-ups; the numbers would be meaningless');

  console.log(`bench:panel — ${CHILDREN} children with a pick-up today; SQLite WAL, synchronous=FULL`);
  report('store: save a pick-up (fsync)', saves);
  report('store: the robot\'s pick-up lookup', lookups);
  report('scrypt: hash the staff password', hashing);
  report('HTTP: GET / (today, 40 pick-ups)', todayPage);
  report('HTTP: save a pick-up + reload', savePickup);
  const memory = process.memoryUsage();
  console.log(`process RSS ${(memory.rss / 2 ** 20).toFixed(1)} MiB, heap ${(memory.heapUsed / 2 ** 20).toFixed(1)} MiB; database with its WAL ${(databaseBytes(path.join(dir, 'preschool.db')) / 1024).toFixed(0)} KiB`);

  await panel.close();
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
