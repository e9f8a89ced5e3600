import pino from 'pino';
import { readBridgeConfig } from '../../bridge/config/bridge-config';
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
