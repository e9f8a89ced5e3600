/** The bridge's answers to a robot's skills.* requests, from the fleet store. */
import { ERROR_CODES, type ErrorObject, type Request } from '../../protocol/messages';
import type { FleetStore } from '../fleet/fleet-store';

export type FleetRequest = Extract<Request, { method: 'skills.offers' | 'skills.fetch' | 'skills.report' }>;

export function answerFleet(fleet: FleetStore | undefined, robot: string, request: FleetRequest, now: Date): { ok: true; result: unknown } | { ok: false; error: ErrorObject } {
  if (!fleet) return { ok: false, error: { code: ERROR_CODES.METHOD_NOT_FOUND, message: 'Method not found: this bridge pushes no skills' } };
  switch (request.method) {
    case 'skills.offers':
      return { ok: true, result: { offers: fleet.offersFor(robot) } };
    case 'skills.fetch': {
      const push = fleet.fetch(request.params.pushId, robot);
      return push
        ? { ok: true, result: { bundle: push.bundle, metadata: push.metadata } }
        : { ok: false, error: { code: ERROR_CODES.INVALID_PARAMS, message: `Invalid params: no push "${request.params.pushId}" for this robot` } };
    }
    case 'skills.report':
      return fleet.report(request.params.pushId, robot, request.params.outcome, now)
        ? { ok: true, result: {} }
        : { ok: false, error: { code: ERROR_CODES.INVALID_PARAMS, message: `Invalid params: no push "${request.params.pushId}" for this robot` } };
  }
}

/** The push ids that appeared since `known`. */
export function newPushIds(fleet: FleetStore, known: ReadonlySet<string>): { fresh: string[]; known: Set<string> } {
  const now = new Set(fleet.pushIds());
  return { fresh: [...now].filter((id) => !known.has(id)), known: now };
}
