import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { FleetStore } from '../../bridge/fleet/fleet-store';
import { type BridgeConfig, readBridgeConfig } from '../../bridge/config/bridge-config';
import { BridgeServer } from '../../bridge/server/bridge-server';
import { TokenList } from '../../bridge/server/tokens';
import { BridgeService } from '../../bridge/service/bridge-service';
import { bridgeSettings } from '../../bridge/service/settings';
import { systemClock } from '../../core/clock';

export interface BridgeOptions {
  config?: string;
  port?: string;
}

/**
 * A standalone bridge for many robots. Logs JSON lines to stdout (for systemd's journal). SIGHUP re-reads
 * the token list, which disconnects robots whose token was revoked; SIGINT/SIGTERM stop it.
 */
export async function bridgeCommand(options: BridgeOptions): Promise<number> {
  const file = options.config ?? process.env.LAIBAN_BRIDGE_CONFIG;
  if (!file) {
    process.stderr.write('laiban bridge needs --config FILE (or LAIBAN_BRIDGE_CONFIG): the robots\' tokens live there.\n');
    return 2;
  }
  const loaded = readBridgeConfig(file);
  if (!loaded.ok) {
    process.stderr.write(`Bridge config ${file} is not usable:\n${loaded.problems.map((p) => `  ${p}`).join('\n')}\n`);
    return 1;
  }
  const { config } = loaded;
  const log = pino({ level: config.log.level, base: undefined });
  const service = new BridgeService({
    settings: bridgeSettings({ weather: config.weather, lunchSources: config.lunch.sources, cacheDir: config.dataDir }),
    clock: systemClock,
    log,
  });
  const port = options.port !== undefined ? Number(options.port) : config.port;
  let server: BridgeServer;
  try {
    server = await BridgeServer.listen({
      service,
      tokens: new TokenList(config.tokens),
      log,
      host: config.host,
      port,
      maxMessageBytes: config.maxMessageBytes,
      fleet: fleetOf(config),
    });
  } catch (err) {
    process.stderr.write(`The bridge could not listen on ${config.host}:${port}: ${(err as Error).message}\n`);
    return 1;
  }
  log.info({ host: config.host, port: server.port, robots: config.tokens.length }, 'bridge listening');
  process.stderr.write(`Bridge listening on ws://${config.host}:${server.port}\n`);

  process.on('SIGHUP', () => {
    const again = readBridgeConfig(file);
    if (!again.ok) return log.error({ problems: again.problems }, 'config reload failed; keeping the old tokens');
    server.setTokens(new TokenList(again.config.tokens));
    log.info({ robots: again.config.tokens.length }, 'tokens reloaded');
  });
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}

/** The bridge config for a fleet command, or undefined after saying what is wrong with it. */
function bridgeConfigFor(given: string | undefined): { config: BridgeConfig; file: string } | undefined {
  const file = given ?? process.env.LAIBAN_BRIDGE_CONFIG;
  if (!file) {
    process.stderr.write('--config: the bridge config file is needed (or LAIBAN_BRIDGE_CONFIG)\n');
    return undefined;
  }
  const read = readBridgeConfig(file);
  if (read.ok) return { config: read.config, file };
  for (const problem of read.problems) process.stderr.write(`${problem}\n`);
  return undefined;
}

/** The bridge's skill pushes live beside its cache, in its data folder. */
export const fleetOf = (config: BridgeConfig): FleetStore => new FleetStore(path.join(config.dataDir, 'fleet'), config.fleet.groups);

/** `laiban bridge push BUNDLE`: offers a signed bundle to all robots, or to named groups. */
export function bridgePushCommand(bundle: string, options: { config?: string; group?: string[] }): number {
  const read = bridgeConfigFor(options.config);
  if (!read) return 2;
  const unknown = (options.group ?? []).filter((g) => !(g in read.config.fleet.groups));
  if (unknown.length) {
    process.stderr.write(`no group ${unknown.join(', ')} in fleet.groups of ${read.file}\n`);
    return 2;
  }
  const bundleFile = path.resolve(bundle);
  const metadata = JSON.parse(fs.readFileSync(`${bundleFile}.meta.json`, 'utf8')) as { signed: { skill: string; version: string; release: number } };
  const push = fleetOf(read.config).addPush(fs.readFileSync(bundleFile), metadata, options.group?.length ? { groups: options.group } : { all: true }, new Date());
  process.stdout.write(`pushed ${push.skill} ${push.version} (release ${push.release}) as ${push.pushId} to ${options.group?.length ? `groups ${options.group.join(', ')}` : 'every robot'}; the bridge offers it within seconds\n`);
  return 0;
}

/** `laiban bridge fleet`: each robot's outcome per push, and who has not answered yet (offline). */
export function bridgeFleetCommand(options: { config?: string }): number {
  const read = bridgeConfigFor(options.config);
  if (!read) return 2;
  const fleet = fleetOf(read.config);
  const results = fleet.results();
  for (const push of fleet.pushes()) {
    process.stdout.write(`${push.pushId}: ${push.skill} ${push.version} (release ${push.release})\n`);
    for (const { robot } of read.config.tokens.filter((t) => !t.revoked && fleet.isFor(push, t.robot))) {
      const result = results[push.pushId]?.[robot];
      const said = !result ? 'waiting (not connected since the push)' : result.outcome.kind === 'installed' ? `installed ${result.outcome.version}` : `refused: ${result.outcome.reason}`;
      process.stdout.write(`  ${robot}: ${said}\n`);
    }
  }
  return 0;
}
