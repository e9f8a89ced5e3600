/**
 * Where a child's alert goes: into the preschool store for the panel (a repeat counts on the open alert),
 * a chime from the robot, and the webhook. Each part may fail on its own; none stops the others, and none
 * stops the robot answering the next question.
 */
import { clockTimeOf, localTime } from '../../core/calendar';
import type { PreschoolStore } from '../preschool/preschool-store';
import type { Alert, NewAlert } from '../preschool/store-types';
import type { Logger } from '../../core/logger';
import type { AlertNotice } from './webhook';

export interface AlertDeskDeps {
  store?: PreschoolStore;
  log: Logger;
  timeZone: string;
  repeatWindowMs: number;
  /** Plays the chime (and later lights the body); rejections are logged. */
  sound?(kind: 'alert' | 'emergency'): Promise<void>;
  /** The webhook, when configured. */
  notify?(notice: AlertNotice): unknown;
  /** Whether the webhook may carry the other child's name. */
  includeNames?: boolean;
}

export interface RaisedAlert {
  alert: Alert | undefined;
  /** A repeat of an open alert: no new chime or webhook, unless it became an emergency. */
  repeated: boolean;
}

export class AlertDesk {
  constructor(private readonly deps: AlertDeskDeps) {}

  raise(alert: NewAlert & { name?: string }): RaisedAlert {
    const { deps } = this;
    let stored: { alert: Alert; repeated: boolean; escalated: boolean } | undefined;
    try {
      stored = deps.store?.raiseAlert(alert, deps.repeatWindowMs);
    } catch (err) {
      deps.log.error({ error: (err as Error).message }, 'could not keep an alert for the panel');
    }
    // What the child said stays in the store (gone with the day), never in the log.
    deps.log.warn({ category: alert.category, level: alert.level, about: alert.about, repeats: stored?.alert.repeats ?? 1 }, 'safeguarding alert');
    const repeated = stored?.repeated === true && !stored.escalated;
    if (!repeated) {
      const kind = alert.level === 'emergency' ? 'emergency' : 'alert';
      deps.sound?.(kind).catch((err: Error) => deps.log.error({ error: err.message }, 'alert chime failed'));
      try {
        deps.notify?.({
          category: alert.category,
          level: stored?.alert.level ?? alert.level,
          about: alert.about,
          at: alert.at.toISOString(),
          localTime: clockTimeOf(localTime(alert.at, deps.timeZone)),
          repeats: stored?.alert.repeats ?? 1,
          ...(deps.includeNames && alert.name !== undefined ? { name: alert.name } : {}),
        });
      } catch (err) {
        deps.log.error({ error: (err as Error).message }, 'alert webhook could not start');
      }
    }
    return { alert: stored?.alert, repeated };
  }
}
