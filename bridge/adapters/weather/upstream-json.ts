/** Turning an upstream's body into checked data, with every failure worded as a `malformed` problem. */
import type { z } from 'zod';
import type { UpstreamResult } from '../../types';

const malformed = (detail: string) => ({ ok: false as const, problem: { kind: 'malformed' as const, detail } });

/** JSON.parse that reports an HTML page, an empty body or a cut-off document instead of throwing. */
export function parseJsonBody(body: string, source: string): UpstreamResult<unknown> {
  if (body.trim() === '') return malformed(`${source} answered with an empty body instead of JSON`);
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (err) {
    const start = JSON.stringify(body.trimStart().slice(0, 60));
    return malformed(`${source} answered with something that is not JSON (${(err as Error).message}); it starts ${start}`);
  }
}

/** Checks `json` against `schema`; the problem names where the answer differs from the format, e.g. `timeSeries[3].data.air_temperature`. */
export function matchSchema<S extends z.ZodType>(schema: S, json: unknown, source: string): UpstreamResult<z.output<S>> {
  const checked = schema.safeParse(json);
  if (checked.success) return { ok: true, value: checked.data };
  const issues = checked.error.issues;
  const shown = issues.slice(0, 3).map((issue) => `${pathText(issue.path) || 'the answer'}: ${issue.message}`);
  const more = issues.length > shown.length ? ` (and ${issues.length - shown.length} more)` : '';
  return malformed(`${source} answer is not in the expected format: ${shown.join('; ')}${more}`);
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`)).join('');
}
