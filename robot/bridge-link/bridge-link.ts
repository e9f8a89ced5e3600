/**
 * Where the robot's data comes from, chosen by config: a shared bridge over a WebSocket when `bridge.url`
 * is set, otherwise a bridge inside the robot's own process that asks the upstreams in `weather` and
 * `lunch` itself. Either way skills see the same BridgeDataSource and the same answers.
 */
import os from 'node:os';
import path from 'node:path';
import type { Logger } from '../../core/logger';
import type { LaibanConfig } from '../../config/schema';
import type { Topic } from '../../protocol/messages';
import { BridgeService } from '../../bridge/service/bridge-service';
import { bridgeSettings } from '../../bridge/service/settings';
import { type Clock, systemClock } from '../../core/clock';
import { BridgeClient, BridgeRequestError, type ClientStatus } from './bridge-client';
import { type BridgeCall, BridgeDataSource } from './bridge-data-source';
import { type InstallPushed, SkillOfferTaker } from './skill-offers';
import { SourceHealth, watchingUpstreamFailures } from './source-health';

export interface BridgeLink {
  source: BridgeDataSource;
  /** Each data source's last success and failure, for the status page. */
  health: SourceHealth;
  /** Where the data comes from, in Swedish, for the console and status displays. */
  describe(): string;
  /** Resolves when a remote bridge has accepted the robot or the first attempt failed, or after `timeoutMs` (at once in-process). */
  ready(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

export interface BridgeLinkOptions {
  log: Logger;
  /** Real time, for the age of cached data; never a question's `now`. */
  realClock?: Clock;
  /** Remote only: told when the connection changes. */
  onStatus?(status: ClientStatus): void;
  /** Remote only: installs a skill bundle IT pushed through the bridge. */
  installPushedSkill?: InstallPushed;
}

const CONNECTION_WORDS: Record<ClientStatus['kind'], string> = {
  connecting: 'ansluter',
  ready: 'ansluten',
  disconnected: 'inte ansluten just nu, svarar från sitt minne',
  closed: 'stängd',
};

export function connectBridgeLink(config: LaibanConfig, dataDir: string, options: BridgeLinkOptions): BridgeLink {
  return config.bridge.url ? remoteData(config, config.bridge.url, dataDir, options) : inProcessData(config, dataDir, options);
}

function robotTopics(config: LaibanConfig): Topic[] {
  const { lat, lon, countyId } = config.location;
  return [
    { kind: 'weather', lat, lon },
    { kind: 'warnings', countyId },
    { kind: 'lunch', source: config.lunch.source },
  ];
}

/** "laiban-pi-solrosen": names this robot in the bridge's log (the token is what lets it in). */
export function robotIdOf(robotName: string, hostname: string = os.hostname()): string {
  const id = `${robotName}-${hostname}`.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return (id || 'laiban').slice(0, 64);
}

function remoteData(config: LaibanConfig, url: string, dataDir: string, options: BridgeLinkOptions): BridgeLink {
  const { log } = options;
  if (!config.bridge.token) log.error('bridge.url is set but bridge.token is not: the bridge will refuse this robot');
  let source: BridgeDataSource | undefined;
  const client = new BridgeClient({
    url,
    token: config.bridge.token ?? 'missing',
    robotId: robotIdOf(config.robotName),
    log,
    topics: robotTopics(config),
    onNotification: (note) => {
      if (note.method === 'skills.offered') void offers?.check();
      else void source?.applyPush(note);
    },
    onStatus: (status) => {
      if (status.kind === 'ready') void offers?.check();
      options.onStatus?.(status);
    },
  });
  const call: BridgeCall = (method, params) => client.request(method, params);
  const offers = options.installPushedSkill ? new SkillOfferTaker((method, params) => client.request(method, params), options.installPushedSkill, log) : undefined;
  const health = new SourceHealth(options.realClock ?? systemClock);
  source = new BridgeDataSource({ call, cacheDir: BridgeDataSource.inDataDir(dataDir), location: config.location, lunchSource: config.lunch.source, log, health });
  client.start();
  return {
    source,
    health,
    describe: () => `via bryggan ${url} (${CONNECTION_WORDS[client.status.kind]})`,
    ready: async (timeoutMs) => {
      await client.ready(timeoutMs, { giveUpOnFailure: true });
    },
    close: () => client.close(),
  };
}

function inProcessData(config: LaibanConfig, dataDir: string, options: BridgeLinkOptions): BridgeLink {
  const { provider, url, source: lunchSource } = config.lunch;
  const health = new SourceHealth(options.realClock ?? systemClock);
  const service = new BridgeService({
    settings: bridgeSettings({
      weather: config.weather,
      lunchSources: url !== undefined || provider === 'manual' ? { [lunchSource]: { provider, url } } : {},
      cacheDir: path.join(dataDir, 'bridge-cache'),
    }),
    clock: options.realClock ?? systemClock,
    log: watchingUpstreamFailures(options.log, health),
  });
  const call: BridgeCall = async (method, params) => {
    const answer = await service.call(method, params);
    if (!answer.ok) throw new BridgeRequestError(`${method}: ${answer.error.message}`, answer.error);
    return answer.result;
  };
  const source = new BridgeDataSource({
    call,
    cacheDir: BridgeDataSource.inDataDir(dataDir),
    location: config.location,
    lunchSource,
    log: options.log,
    health,
  });
  return {
    source,
    health,
    describe: () => 'roboten hämtar dem själv (ingen bridge.url)',
    ready: async () => undefined,
    close: () => service.idle(),
  };
}
