import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../config/load';
import type { LaibanConfig } from '../../config/schema';
import { fixedClock } from '../../core/clock';
import type { Turn } from '../../robot/conversation/conversation';
import { createRobot, type Robot, type RobotOptions } from '../../robot/runtime/create-robot';
import { parseLocalDateTime } from '../../core/calendar';
import type { RobotEvent } from '../../skills/sdk/types';

export function tempDir(prefix = 'laiban-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * The default config with its data directory in a fresh temporary folder. It understands with the
 * model trained once for the test run (test/support/global-setup.ts); robots whose skills differ from
 * the built-in ones pass classifier "baseline", or they would retrain.
 */
export function testConfig(classifier: 'model' | 'baseline' = 'model'): LaibanConfig {
  const home = tempDir();
  const config = loadConfig({ env: {}, cwd: home, home }).config;
  const modelDir = process.env.LAIBAN_TEST_MODEL_DIR ?? config.understanding.modelDir;
  // Nothing leaves the machine: the weather upstream is a closed loopback port unless a test serves one.
  const weather = { ...config.weather, baseUrl: 'http://127.0.0.1:9', warningsBaseUrl: 'http://127.0.0.1:9' };
  return { ...config, understanding: { ...config.understanding, classifier, modelDir }, weather };
}

export const at = (local: string): Date => parseLocalDateTime(local, 'Europe/Stockholm');

export interface TestRobot extends Robot {
  turns: Turn[];
  events: RobotEvent[];
  states: string[];
  config: LaibanConfig;
}

export function testRobot(options: Partial<Omit<RobotOptions, 'config'>> & { config?: LaibanConfig; now?: string } = {}): TestRobot {
  const config = options.config ?? testConfig();
  const turns: Turn[] = [];
  const events: RobotEvent[] = [];
  const states: string[] = [];
  const robot = createRobot({
    ...options,
    config,
    clock: options.clock ?? fixedClock(at(options.now ?? '2026-11-25T09:40:00')),
    presenters: [(turn) => void turns.push(turn), ...(options.presenters ?? [])],
    onEvent: (e) => void events.push(e),
    onState: (s, e) => {
      states.push(s);
      options.onState?.(s, e);
    },
  });
  // Assigned, not spread: the robot's skills and understanding are getters (they change with a live install).
  return Object.assign(robot, { turns, events, states, config });
}
