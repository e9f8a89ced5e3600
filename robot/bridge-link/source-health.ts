/**
 * How each data source (weather, warnings, lunch) has been doing, for the panel's status page: when it
 * last brought fresh data, when it last failed and why, and how old the data the robot answers from is.
 * A failure counts while it is newer than the last success; "Inga fel" must not hide an unreachable SMHI.
 */
import type { Clock } from '../../core/clock';
import type { Logger, LogFn } from '../../core/logger';
import type { UpstreamProblem } from '../../protocol/payloads';

export const HEALTH_SOURCES = ['weather', 'warnings', 'lunch'] as const;
export type HealthSource = (typeof HEALTH_SOURCES)[number];

/** What went wrong: an upstream's own problem, the bridge not answering, or only an old copy served. */
export type SourceProblem = UpstreamProblem | { kind: 'bridge'; detail: string } | { kind: 'stale' };

export interface SourceState {
  lastSuccessAt?: string;
  lastFailure?: { at: string; problem: SourceProblem };
  /** When the data the robot last answered from was fetched upstream. */
  dataFetchedAt?: string;
}

const isHealthSource = (source: string): source is HealthSource => (HEALTH_SOURCES as readonly string[]).includes(source);

export class SourceHealth {
  private readonly states = new Map<HealthSource, SourceState>();

  constructor(private readonly clock: Clock) {}

  succeeded(source: string, fetchedAt: string): void {
    if (!isHealthSource(source)) return;
    this.states.set(source, { ...this.states.get(source), lastSuccessAt: this.clock.now().toISOString(), dataFetchedAt: fetchedAt });
  }

  /** An old copy served says less than the upstream's own reason: it does not replace a reason given since the last success. */
  failed(source: string, problem: SourceProblem, dataFetchedAt?: string): void {
    if (!isHealthSource(source)) return;
    const state = this.states.get(source) ?? {};
    const kept = problem.kind === 'stale' && state.lastFailure && failing(state) ? state.lastFailure.problem : problem;
    this.states.set(source, {
      ...state,
      lastFailure: { at: this.clock.now().toISOString(), problem: kept },
      ...(dataFetchedAt ? { dataFetchedAt } : {}),
    });
  }

  snapshot(): Partial<Record<HealthSource, SourceState>> {
    return Object.fromEntries([...this.states].map(([source, state]) => [source, { ...state }]));
  }
}

/** A failure newer than the last success. */
export function failing(state: SourceState): boolean {
  return state.lastFailure !== undefined && (state.lastSuccessAt === undefined || state.lastFailure.at >= state.lastSuccessAt);
}

/** The in-process bridge's upstream names, as the robot's sources. */
const UPSTREAM_SOURCES: Record<string, HealthSource> = { forecast: 'weather', warnings: 'warnings', menu: 'lunch' };

/**
 * The logger the in-process bridge writes through, which also keeps each "upstream failed" problem (the
 * bridge then serves its last copy, whose answer no longer says why).
 */
export function watchingUpstreamFailures(log: Logger, health: SourceHealth): Logger {
  const warn: LogFn = (fieldsOrMessage: object | string, message?: string) => {
    if (typeof fieldsOrMessage === 'string') return log.warn(fieldsOrMessage);
    const fields = fieldsOrMessage as { upstream?: string; problem?: UpstreamProblem };
    if (message === 'upstream failed' && fields.upstream && fields.problem) {
      const source = UPSTREAM_SOURCES[fields.upstream];
      if (source) health.failed(source, fields.problem);
    }
    return log.warn(fieldsOrMessage, message);
  };
  return { debug: log.debug.bind(log), info: log.info.bind(log), warn, error: log.error.bind(log), child: (b) => watchingUpstreamFailures(log.child(b), health) };
}
