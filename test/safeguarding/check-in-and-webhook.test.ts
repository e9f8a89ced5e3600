/** The unsure check's yes, no and silence; the webhook against real HTTP servers on loopback. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixedClock } from '../../core/clock';
import { AlertWebhook } from '../../robot/safeguarding/webhook';
import { robotWithStore } from './safeguarding-harness';
import pino from 'pino';

describe('the unsure check', () => {
  it('asks, raises the alert on yes, and not on no', async () => {
    const robot = robotWithStore();
    const asked = await robot.conversation.ask('jag var sjuk igår');
    expect(asked).toMatchObject({ answer: 'Har det hänt något? Ska jag säga till en vuxen?', safeguarding: { level: 'unsure', alerted: false } });
    expect(robot.conversation.current).toBe('listening');
    const yes = await robot.conversation.ask('ja');
    expect(yes).toMatchObject({ answer: 'Då säger jag till personalen. Gå till en vuxen du också.', safeguarding: { alerted: true } });
    expect(robot.preschool!.openAlerts()).toHaveLength(1);

    await robot.conversation.ask('jag var sjuk igår');
    const no = await robot.conversation.ask('nej');
    expect(no.answer).toBe('Vad bra! Fråga mig gärna något annat.');
    expect(robot.preschool!.openAlerts()).toHaveLength(1);
    await robot.close();
  });

  it('raises the alert when the child says nothing after an emergency word, and only then', async () => {
    const robot = robotWithStore();
    const asked = await robot.conversation.ask('jag ser rök');
    expect(asked.safeguarding).toMatchObject({ level: 'unsure' });
    const silence = await robot.conversation.heardNothing();
    expect(silence).toMatchObject({ answer: 'Jag säger till personalen, för säkerhets skull.', safeguarding: { level: 'emergency', alerted: true } });
    expect(robot.preschool!.openAlerts()).toEqual([expect.objectContaining({ level: 'emergency', text: 'jag ser rök' })]);

    await robot.conversation.ask('jag var sjuk igår');
    expect(await robot.conversation.heardNothing()).toBeUndefined();
    expect(robot.preschool!.openAlerts()).toHaveLength(1);
    expect(robot.conversation.current).toBe('idle');
    await robot.close();
  });

  it('treats anything but yes or no as a new question', async () => {
    const robot = robotWithStore();
    await robot.conversation.ask('jag var sjuk igår');
    const next = await robot.conversation.ask('vad är klockan');
    expect(next.answer).toMatch(/^(Klockan är|Nu är klockan)/);
    expect(robot.preschool!.openAlerts()).toEqual([]);
    await robot.close();
  });
});

function receiver(answers: number[]): Promise<{ url: string; bodies: unknown[]; headers: http.IncomingHttpHeaders[]; close(): Promise<void> }> {
  const bodies: unknown[] = [];
  const headers: http.IncomingHttpHeaders[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      bodies.push(JSON.parse(body));
      headers.push(req.headers);
      res.statusCode = answers.shift() ?? 200;
      res.end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
        bodies,
        headers,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    ),
  );
}

const notice = { category: 'hurt', level: 'needs_adult' as const, about: 'other' as const, at: '2026-11-25T08:41:00.000Z', localTime: '09:41', repeats: 1, name: 'Alva' };
const deps = { robotName: 'Laiban', clock: fixedClock(new Date('2026-11-25T08:41:00Z')), log: pino({ enabled: false }), firstDelayMs: 20, maxDelayMs: 100 };
const settings = { format: 'json' as const, includeNames: false, attempts: 4, timeoutMs: 2000 };

describe('the alert webhook', () => {
  it('posts the kind, level and time, never the name unless allowed, and retries a 500 until it is delivered', async () => {
    const server = await receiver([500, 500]);
    const hook = new AlertWebhook({ ...settings, url: server.url, token: 'secret' }, deps);
    expect(await hook.send(notice)).toBe(true);
    expect(server.bodies).toHaveLength(3);
    expect(server.bodies[2]).toEqual({
      type: 'laiban.alert', robot: 'Laiban', category: 'hurt', level: 'needs_adult', about: 'other', at: notice.at, localTime: '09:41', repeats: 1,
      title: 'Laiban: ett barn behöver en vuxen', message: 'Ett annat barn har gjort sig illa, kl 09:41.',
    });
    expect(server.headers[0]?.authorization).toBe('Bearer secret');
    expect(hook.status()).toMatchObject({ lastSuccessAt: '2026-11-25T08:41:00.000Z', lastFailure: { reason: 'HTTP 500' }, undelivered: 0 });
    await server.close();

    const named = await receiver([]);
    const ntfy = new AlertWebhook({ ...settings, url: named.url, format: 'ntfy', topic: 'larm', includeNames: true }, deps);
    await ntfy.send({ ...notice, level: 'emergency', category: 'emergency' });
    expect(named.bodies[0]).toEqual({ topic: 'larm', title: 'Laiban: NÖDLÄGE', message: 'Alva behöver hjälp NU, kl 09:41.', priority: 5, tags: ['rotating_light'] });
    await named.close();
  });

  it('gives up on a receiver that is down after its attempts and says why', async () => {
    const server = await receiver([]);
    const url = server.url;
    await server.close();
    const hook = new AlertWebhook({ ...settings, url, attempts: 3 }, deps);
    expect(await hook.send(notice)).toBe(false);
    expect(hook.status()).toMatchObject({ lastSuccessAt: null, lastFailure: { reason: 'ECONNREFUSED' }, undelivered: 1, pending: 0 });
  });

  it('is told every new alert by a real robot, and not the repeats', async () => {
    const server = await receiver([]);
    const robot = robotWithStore({ webhook: { url: server.url, format: 'json', includeNames: false, attempts: 2, timeoutMs: 2000 } });
    await robot.conversation.ask('jag har ont i magen');
    await robot.conversation.ask('jag har ont i magen');
    await robot.conversation.ask('jag kan inte andas');
    for (let i = 0; i < 50 && server.bodies.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    expect(server.bodies.map((b) => (b as { level: string }).level)).toEqual(['needs_adult', 'emergency']);
    expect(JSON.stringify(server.bodies)).not.toContain('ont i magen');
    expect(robot.webhookStatus()).toMatchObject({ lastFailure: null });
    await robot.close();
    await server.close();
  });
});
