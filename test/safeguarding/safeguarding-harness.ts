import type { SafeguardingConfig } from '../../config/schema';
import { fixedClock } from '../../core/clock';
import type { RobotOptions } from '../../robot/runtime/create-robot';
import { at, testConfig, testRobot, type TestRobot } from '../support/robot-harness';

/** Questions at 09:40 on 2026-11-25, and the real clock on the same day, so no purge removes what they raise. */
export const REAL_DAY_OF = (time: string): Date => at(`2026-11-25T${time}:00`);

export function robotWithStore(safeguarding: Partial<SafeguardingConfig> = {}, options: Partial<RobotOptions> = {}): TestRobot {
  const config = testConfig();
  return testRobot({
    ...options,
    config: { ...config, safeguarding: { ...config.safeguarding, ...safeguarding } },
    realClock: fixedClock(REAL_DAY_OF('10:00')),
  });
}
