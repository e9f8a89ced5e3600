import { performance } from 'node:perf_hooks';
import { verifyPassword } from '../../panel/create-panel';
import { PASSWORD, passwordHash, startTestPanel, type TestPanel } from './panel-harness';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('logging in with the hashing off the event loop', () => {
  let panel: TestPanel;
  beforeEach(async () => {
    panel = await startTestPanel();
  });
  afterEach(() => panel.close());

  it('lets a timer keep ticking while the password is checked (the robot keeps answering children)', async () => {
    const started = performance.now();
    verifyPassword(PASSWORD, passwordHash());
    const blockingMs = performance.now() - started;

    const client = panel.client();
    await client.get('/login');
    const ticks: number[] = [];
    const timer = setInterval(() => ticks.push(performance.now()), 1);
    const from = performance.now();
    const login = await client.post('/login', { password: PASSWORD });
    const to = performance.now();
    clearInterval(timer);
    expect([login.status, login.location]).toEqual([303, '/']);

    const times = [from, ...ticks.filter((t) => t >= from && t <= to), to];
    const longestGap = Math.max(...times.slice(1).map((t, i) => t - (times[i] as number)));
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    // A synchronous hash would leave one gap as long as the whole hash.
    expect(longestGap).toBeLessThan(blockingMs / 2);
  });

  it('still counts a burst of parallel guesses one by one: the right password sent after five wrong ones is locked out', async () => {
    const client = panel.client();
    await client.get('/login');
    const wrong = Array.from({ length: 5 }, (_, i) => client.post('/login', { password: `gissning ${i}` }));
    // Sent while the wrong ones are still being hashed.
    await sleep(30);
    const right = await client.post('/login', { password: PASSWORD });
    const statuses = (await Promise.all(wrong)).map((a) => a.status);
    expect(statuses.sort()).toEqual([401, 401, 401, 401, 429]);
    expect(right.status).toBe(429);
    expect(right.text).toContain('Vänta 5 min');
    expect((await client.get('/')).location).toBe('/login');
  });
});
