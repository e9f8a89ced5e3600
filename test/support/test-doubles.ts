/** Stand-ins at the edge of what a test controls: a clock moved by hand, a skill store kept in memory. */
import type { Clock } from '../../core/clock';
import type { JsonValue } from '../../core/json';
import type { KeyValueStore } from '../../skills/sdk/types';

export class ManualClock implements Clock {
  constructor(private at: Date = new Date('2026-11-24T08:00:00Z')) {}
  now(): Date {
    return new Date(this.at.getTime());
  }
  advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}

export function memoryStore(initial: Record<string, JsonValue> = {}): KeyValueStore & { values: Map<string, JsonValue> } {
  const values = new Map(Object.entries(initial));
  return {
    values,
    get: async (key) => values.get(key),
    set: async (key, value) => {
      values.set(key, value);
    },
    delete: async (key) => {
      values.delete(key);
    },
  };
}
