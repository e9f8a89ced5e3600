/**
 * What every part logs through. pino's logger fits it; parts depend on this, not on pino, so the bridge,
 * the panel and the robot agree on one shape and a test can pass a silent one.
 */
export interface LogFn {
  (fields: object, message?: string): void;
  (message: string): void;
}

export interface Logger {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
  child(bindings: Record<string, unknown>): Logger;
}
