/** Starts the teachers' panel next to the robot, with its certificate and, at first start, a setup code. */
import { randomInt } from 'node:crypto';
import os from 'node:os';
import type { LaibanConfig } from '../../../config/schema';
import { type RunningPanel, startPanel } from '../../../panel/create-panel';
import { PASSWORD_SETTING } from '../../../panel/auth/staff-password';
import { systemClock } from '../../clock';
import type { Robot } from '../../runtime/create-robot';
import { panelTls } from './panel-tls';

/** "4821 0937": eight digits, easy to read off a console and type on a phone. */
export function newSetupCode(): string {
  const digits = String(randomInt(0, 100_000_000)).padStart(8, '0');
  return `${digits.slice(0, 4)} ${digits.slice(4)}`;
}

/** A panel on every address is reached by the robot's network addresses, not by "0.0.0.0". */
function reachableUrls(url: string, host: string): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [url];
  const ips = Object.values(os.networkInterfaces())
    .flat()
    .flatMap((a) => (a && !a.internal && a.family === 'IPv4' ? [a.address] : []));
  const at = new URL(url);
  return (ips.length > 0 ? ips : ['localhost']).map((ip) => `${at.protocol}//${ip}:${at.port}/`);
}

export async function startPanelFor(robot: Robot, config: LaibanConfig, say: (line: string) => void): Promise<RunningPanel | undefined> {
  if (!config.panel.enabled) return undefined;
  const store = robot.preschool;
  if (!store) {
    say('Personalpanelen startar inte: förskolans databas gick inte att öppna (se loggen).');
    return undefined;
  }
  const tls = await panelTls(config.panel, systemClock.now());
  if (tls.kind === 'broken') {
    say(`Personalpanelen startar inte: ${tls.reason}`);
    robot.log.error({ reason: tls.reason }, 'panel not started');
    return undefined;
  }
  const setupCode = newSetupCode();
  try {
    const panel = await startPanel({
      store,
      clock: systemClock,
      timeZone: config.timeZone,
      log: robot.log,
      host: config.panel.host,
      port: config.panel.port,
      ...(tls.kind === 'tls' ? { tls: { key: tls.key, cert: tls.cert } } : {}),
      ...(config.panel.passwordHash ? { passwordHash: config.panel.passwordHash } : {}),
      setupCode,
      status: () => ({
        bridge: robot.data?.describe() ?? 'egen datakälla',
        dataAge: null,
        errors: [...robot.skillProblems.map((p) => p.message), ...(robot.dataDirProblem ? [robot.dataDirProblem] : [])],
      }),
      onChildrenChanged: () => robot.refreshRoster(),
    });
    const where = reachableUrls(panel.url, config.panel.host).join(' eller ');
    say(`Personalpanelen: ${where}${tls.kind === 'plain' ? ' (utan kryptering, enligt inställningen panel.tls)' : ''}`);
    if (!config.panel.passwordHash && store.setting(PASSWORD_SETTING) === undefined) {
      say(`Första gången: öppna panelen och välj ett lösenord med engångskoden ${setupCode}`);
    }
    return panel;
  } catch (err) {
    say(`Personalpanelen startar inte på port ${config.panel.port}: ${(err as Error).message}`);
    return undefined;
  }
}
