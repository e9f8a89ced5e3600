/** The kind words a locked-out teacher sees, with the minutes left. */
import type { LoginGate } from '../auth/login-limiter';
import type { RequestContext } from '../http/context';

export function lockoutMessage(ctx: RequestContext, gate: Extract<LoginGate, { kind: 'locked' }>): string {
  const minutes = Math.max(1, Math.ceil((gate.untilMs - ctx.deps.clock.now().getTime()) / 60_000));
  return ctx.t('locked_address', { minutes });
}
