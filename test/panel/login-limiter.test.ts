import { LoginLimiter } from '../../panel/auth/login-limiter';
import { at } from '../support/robot-harness';
import { ManualClock } from './panel-harness';

const MINUTE = 60_000;

describe('the login limiter', () => {
  it('locks one address after five failures, and only that one', () => {
    const clock = new ManualClock(at('2026-11-25T09:00:00'));
    const limiter = new LoginLimiter(clock);
    for (let i = 0; i < 4; i++) expect(limiter.recordFailure('10.0.0.7')).toEqual({ kind: 'open', delayMs: 0 });
    expect(limiter.recordFailure('10.0.0.7')).toMatchObject({ kind: 'locked' });
    expect(limiter.check('10.0.0.8')).toEqual({ kind: 'open', delayMs: 0 });
    clock.advance(5 * MINUTE + 1);
    expect(limiter.check('10.0.0.7')).toEqual({ kind: 'open', delayMs: 0 });
  });

  it('forgets failures older than 15 minutes and after a successful login', () => {
    const clock = new ManualClock(at('2026-11-25T09:00:00'));
    const limiter = new LoginLimiter(clock);
    for (let i = 0; i < 4; i++) limiter.recordFailure('10.0.0.7');
    clock.advance(16 * MINUTE);
    expect(limiter.recordFailure('10.0.0.7')).toEqual({ kind: 'open', delayMs: 0 });
    for (let i = 0; i < 3; i++) limiter.recordFailure('10.0.0.7');
    limiter.recordSuccess('10.0.0.7');
    expect(limiter.recordFailure('10.0.0.7')).toEqual({ kind: 'open', delayMs: 0 });
  });

  it('slows every check down when many addresses guess together (password spraying), but never refuses a new address', () => {
    const clock = new ManualClock(at('2026-11-25T09:00:00'));
    const limiter = new LoginLimiter(clock);
    for (let i = 0; i < 19; i++) expect(limiter.recordFailure(`10.0.1.${i}`)).toEqual({ kind: 'open', delayMs: 0 });
    expect(limiter.recordFailure('10.0.1.99')).toEqual({ kind: 'open', delayMs: 2000 });
    expect(limiter.check('192.168.1.20')).toEqual({ kind: 'open', delayMs: 2000 });
    clock.advance(16 * MINUTE);
    expect(limiter.check('192.168.1.20')).toEqual({ kind: 'open', delayMs: 0 });
  });
});
