/**
 * npm run bench:bridge — 1000 simulated robots on one bridge, each asking for the weather and the lunch menu.
 *
 * The bridge runs as `laiban bridge` in its own process (so its memory is its own), in front of a local
 * HTTP server replaying SMHI snow1g and a Skolmaten feed with 50 ms of upstream latency. The robots are the
 * real robot-side BridgeClient. Two rounds: cold (every robot at once, nothing cached: the asks coalesce) and
 * warm (served from the cache). Prints upstream requests made, p50/p99 answer time, and the bridge's memory.
 * Then two hostile robots join: one floods requests without reading its answers, one floods and reads. It
 * prints what a well-behaved robot waits meanwhile (p50/p99) and the bridge's peak memory.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { BridgeClient } from '../robot/bridge-link/bridge-client';
import { createSilentLogger } from '../robot/runtime/log';

const ROBOTS = Number(process.env.BENCH_ROBOTS ?? 1000);
/** Robots spread over this many preschools' grid points and this many menu sources (one municipality). */
const GRID_POINTS = 20;
const MENU_SOURCES = 10;
const UPSTREAM_DELAY_MS = 50;
const FIXTURES = path.resolve(__dirname, '../../test/fixtures/bridge'); // run from dist/scripts

function startUpstream(): Promise<{ url: string; requests: () => number; close(): void }> {
  const forecast = fs.readFileSync(path.join(FIXTURES, 'weather/smhi-snow1g-stockholm.json'));
  const menu = fs.readFileSync(path.join(FIXTURES, 'lunch/skolmaten-week.xml'));
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests += 1;
    const body = req.url?.startsWith('/api/category/snow1g') ? forecast : req.url?.startsWith('/menu/') ? menu : undefined;
    setTimeout(() => {
      if (!body) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': req.url?.startsWith('/menu/') ? 'application/rss+xml' : 'application/json' }).end(body);
    }, UPSTREAM_DELAY_MS);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        requests: () => requests,
        close: () => server.close(),
      }),
    ),
  );
}

function startBridge(configFile: string): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(path.resolve(__dirname, '../../bin/laiban.js'), ['bridge', '--config', configFile], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const port = /ws:\/\/[^:]+:(\d+)/.exec(err)?.[1];
      if (port) resolve({ child, port: Number(port) });
    });
    child.once('exit', (code) => reject(new Error(`bridge exited (${code}): ${err}`)));
  });
}

function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

/** User + system CPU time of a process so far, in ms (clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * One question at a time, while all the others stay connected: what a child waits. The questions rotate over
 * a few robots, each asking about as often as a busy robot does (within a token's request budget).
 */
async function alone(robots: BridgeClient[], asks: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < asks; i++) {
    const client = robots[i % robots.length]!;
    const started = performance.now();
    if (i % 2 === 0) await client.request('weather.get', location(0), 30_000);
    else await client.request('lunch.get', { source: source(0), from: '2026-05-11', to: '2026-05-15' }, 30_000);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const FLOOD_REQUESTS = 10_000;

/**
 * A hostile robot with a valid token: sends FLOOD_REQUESTS weather requests as fast as it can. A non-reader
 * never reads what comes back (the bridge should stop and close it); a reader reads (the budget refuses most).
 */
async function flood(port: number, token: string, reads: boolean): Promise<{ summary: string }> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}`);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let answered = 0;
  let limited = 0;
  socket.on('message', (data) => {
    answered++;
    if (data.toString().includes('Rate limited')) limited++;
  });
  socket.send(JSON.stringify({ jsonrpc: '2.0', id: 0, method: 'hello', params: { protocolVersion: 1, robotId: reads ? 'flooder' : 'non-reader', token } }));
  await new Promise((resolve) => setTimeout(resolve, 100));
  if (!reads) socket.pause();
  let sent = 0;
  for (; sent < FLOOD_REQUESTS && socket.readyState === WebSocket.OPEN; sent++) {
    socket.send(JSON.stringify({ jsonrpc: '2.0', id: sent + 1, method: 'weather.get', params: location(sent) }));
    if (sent % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  socket.resume();
  const closed = await new Promise<boolean>((resolve) => {
    if (socket.readyState === WebSocket.CLOSED) return resolve(true);
    socket.once('close', () => resolve(true));
    setTimeout(() => resolve(false), 5000);
  });
  socket.terminate();
  const who = reads ? 'flooder' : 'non-reader';
  return { summary: `${who}: sent ${sent}, ${answered} answers (${limited} rate limited), ${closed ? 'closed by the bridge' : 'still connected'}` };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const location = (i: number) => ({ lat: 59.2 + (i % GRID_POINTS) * 0.05, lon: 18.0 });
const source = (i: number) => `forskola-${i % MENU_SOURCES}`;

async function round(clients: BridgeClient[]): Promise<number[]> {
  const times: number[] = [];
  await Promise.all(
    clients.map(async (client, i) => {
      const started = performance.now();
      await client.request('weather.get', location(i), 30_000);
      times.push(performance.now() - started);
      const again = performance.now();
      await client.request('lunch.get', { source: source(i), from: '2026-05-11', to: '2026-05-15' }, 30_000);
      times.push(performance.now() - again);
    }),
  );
  return times.sort((a, b) => a - b);
}

function report(name: string, times: number[]): void {
  console.log(`${name.padEnd(6)} answers ${String(times.length).padStart(5)}  p50 ${percentile(times, 50).toFixed(1).padStart(7)} ms  p99 ${percentile(times, 99).toFixed(1).padStart(7)} ms`);
}

async function main(): Promise<void> {
  const upstream = await startUpstream();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laiban-bench-bridge-'));
  // Random-looking 32-character tokens, as the bridge requires; two more for the hostile robots.
  const tokenFor = (name: string) => createHash('sha256').update(`bench-${name}`).digest('hex').slice(0, 32);
  const tokens = Array.from({ length: ROBOTS }, (_, i) => ({ robot: `robot-${i}`, token: tokenFor(String(i)) }));
  const hostileTokens = [tokenFor('non-reader'), tokenFor('flooder')];
  const configFile = path.join(dir, 'bridge.json');
  fs.writeFileSync(
    configFile,
    JSON.stringify({
      port: 0,
      dataDir: path.join(dir, 'cache'),
      tokens: [...tokens, ...hostileTokens.map((token, i) => ({ robot: `hostile-${i}`, token }))],
      weather: { provider: 'smhi', baseUrl: upstream.url, warningsBaseUrl: upstream.url },
      lunch: { sources: Object.fromEntries(Array.from({ length: MENU_SOURCES }, (_, i) => [source(i), { provider: 'skolmaten', url: `${upstream.url}/menu/${i}` }])) },
      log: { level: 'error' },
    }),
  );
  const bridge = await startBridge(configFile);
  const idleRss = rssMiB(bridge.child.pid!);

  const log = createSilentLogger();
  const connectStart = performance.now();
  const clients = tokens.map(
    ({ token }, i) =>
      new BridgeClient({ url: `ws://127.0.0.1:${bridge.port}`, token, robotId: `robot-${i}`, log, topics: [{ kind: 'lunch', source: source(i) }], requestTimeoutMs: 30_000 }),
  );
  for (const client of clients) client.start();
  const ready = await Promise.all(clients.map((c) => c.ready(60_000)));
  const connectMs = performance.now() - connectStart;
  if (ready.some((ok) => !ok)) throw new Error(`${ready.filter((ok) => !ok).length} robots could not connect`);

  const pid = bridge.child.pid!;
  const cpuBefore = cpuMs(pid);
  const cold = await round(clients);
  const coldUpstream = upstream.requests();
  const cpuCold = cpuMs(pid);
  const warm = await round(clients);
  const cpuWarm = cpuMs(pid);
  const single = await alone(clients.slice(0, 20), 400);
  const peakRss = rssMiB(pid);

  // Hostile robots: their floods run while a well-behaved robot asks, and the bridge's memory is sampled.
  let hostilePeakRss = rssMiB(pid);
  const sampler = setInterval(() => {
    hostilePeakRss = Math.max(hostilePeakRss, rssMiB(pid));
  }, 25);
  const floods = [flood(bridge.port, hostileTokens[0]!, false), flood(bridge.port, hostileTokens[1]!, true)];
  const besideHostile = await alone(clients.slice(20, 40), 400);
  const hostile = await Promise.all(floods);
  clearInterval(sampler);
  const afterHostileRss = rssMiB(pid);

  console.log(`bench:bridge — ${ROBOTS} robots, ${GRID_POINTS} grid points, ${MENU_SOURCES} menu sources, upstream latency ${UPSTREAM_DELAY_MS} ms`);
  console.log(`connect + hello + subscribe, all robots: ${connectMs.toFixed(0)} ms`);
  console.log('every robot at once (all 1000 clients share this one process, so their own decoding is in these times):');
  report('cold', cold);
  report('warm', warm);
  console.log('one robot at a time, the others connected:');
  report('alone', single);
  console.log(`bridge CPU: ${((cpuCold - cpuBefore) / cold.length).toFixed(2)} ms per answer cold, ${((cpuWarm - cpuCold) / warm.length).toFixed(2)} ms warm`);
  console.log(`upstream requests: ${coldUpstream} in the cold round (${GRID_POINTS + MENU_SOURCES} distinct keys), ${upstream.requests() - coldUpstream} in the warm round`);
  console.log(`bridge RSS: ${idleRss.toFixed(1)} MiB idle, ${peakRss.toFixed(1)} MiB with ${ROBOTS} robots connected`);
  console.log(`hostile robots (${FLOOD_REQUESTS} requests each): ${hostile.map((h) => h.summary).join('; ')}`);
  report('beside', besideHostile);
  console.log(`bridge RSS with the hostile robots: peak ${hostilePeakRss.toFixed(1)} MiB, ${afterHostileRss.toFixed(1)} MiB after`);

  await Promise.all(clients.map((c) => c.close()));
  bridge.child.kill('SIGTERM');
  upstream.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
