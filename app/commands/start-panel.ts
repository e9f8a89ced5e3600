/** Starts the teachers' panel next to the robot, with its certificate and, at first start, a setup code. */
import { randomInt } from 'node:crypto';
import type { LaibanConfig } from '../../config/schema';
import { type RunningPanel, startPanel } from '../../panel/create-panel';
import { PASSWORD_SETTING } from '../../panel/auth/staff-password';
import { systemClock } from '../../core/clock';
import type { CalendarDate } from '../../core/calendar';
import type { LunchData } from '../../protocol/messages';
import type { DataSource } from '../../robot/runtime/data-access';
import type { Robot } from '../../robot/runtime/create-robot';
import { networkAddresses, panelTls } from './panel-tls';
import { certificateFingerprint, robotErrors, robotStatusFacts } from './robot-status';

/** "4821 0937": eight digits, easy to read off a console and type on a phone. */
export function newSetupCode(): string {
  const digits = String(randomInt(0, 100_000_000)).padStart(8, '0');
  return `${digits.slice(0, 4)} ${digits.slice(4)}`;
}

const SOURCE_WORDS: Record<string, string> = { weather: 'väder', warnings: 'varningar', lunch: 'matsedel' };

/** "väder 12 min, matsedel 3 tim": how old the newest data the robot gave children was when fetched. */
export function describeDataAge(newest: Record<string, string>, now: Date): string | null {
  const parts = Object.entries(newest).map(([source, at]) => {
    const minutes = Math.max(0, Math.round((now.getTime() - Date.parse(at)) / 60_000));
    const age = minutes < 120 ? `${minutes} min` : minutes < 48 * 60 ? `${Math.round(minutes / 60)} tim` : `${Math.round(minutes / 1440)} dygn`;
    return `${SOURCE_WORDS[source] ?? source} ${age}`;
  });
  return parts.length > 0 ? parts.join(', ') : null;
}

/** The feed's menu as the robot has it; /mat waits at most two seconds for it, and shows nothing fetched on failure. */
function fetchedMenuOf(feed: DataSource) {
  return (from: CalendarDate, to: CalendarDate): Promise<LunchData | undefined> => {
    const asked = feed.request('lunch', { from, to }).then((data) => data as unknown as LunchData, () => undefined);
    const late = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 2000).unref());
    return Promise.race([asked, late]);
  };
}

/** A panel on every address is reached by the robot's network addresses, not by "0.0.0.0". */
function reachableUrls(url: string, host: string): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [url];
  const ips = networkAddresses('IPv4');
  const at = new URL(url);
  return (ips.length > 0 ? ips : ['localhost']).map((ip) => `${at.protocol}//${ip}:${at.port}/`);
}

export async function startPanelFor(robot: Robot, config: LaibanConfig, say: (line: string) => void, childrenChanged?: () => void): Promise<RunningPanel | undefined> {
  if (!config.panel.enabled) {
    if (config.panel.offBecause !== undefined) {
      say(`Personalpanelen är avstängd tills inställningen är rättad: ${config.panel.offBecause}`);
      robot.log.error({ reason: config.panel.offBecause }, 'panel off: its config is broken');
    }
    return undefined;
  }
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
  const fingerprint = tls.kind === 'tls' ? certificateFingerprint(tls.cert) : undefined;
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
        bridge: robot.bridgeLink?.describe() ?? 'egen datakälla',
        dataAge: describeDataAge(robot.bridgeLink?.source.newestData() ?? {}, systemClock.now()),
        errors: robotErrors(robot),
        ...robotStatusFacts(robot, config, fingerprint),
      }),
      onChildrenChanged: () => {
        robot.refreshRoster();
        childrenChanged?.();
      },
      ...(config.lunch.provider !== 'manual' && robot.bridgeLink ? { fetchedMenu: fetchedMenuOf(robot.bridgeLink.source) } : {}),
      clothingStore: robot.skillStore('clothing'),
      webhookStatus: () => robot.webhookStatus(),
    });
    const where = reachableUrls(panel.url, config.panel.host).join(' eller ');
    say(`Personalpanelen: ${where}${tls.kind === 'plain' ? ' (utan kryptering, enligt inställningen panel.tls)' : ''}`);
    // A phone warns about the robot's own certificate: staff compare this with what the phone shows.
    if (fingerprint) say(`Certifikatets fingeravtryck (SHA-256): ${fingerprint}`);
    if (!config.panel.passwordHash && store.setting(PASSWORD_SETTING) === undefined) {
      say(`Första gången: öppna panelen och välj ett lösenord med engångskoden ${setupCode}`);
    }
    return panel;
  } catch (err) {
    say(`Personalpanelen startar inte på port ${config.panel.port}: ${(err as Error).message}`);
    return undefined;
  }
}
