/** How lunch adapters word an unusable answer: one line naming what was wrong and where. */
import type { z } from 'zod';
import type { UpstreamProblem } from '../../types';

export type Malformed = { ok: false; problem: Extract<UpstreamProblem, { kind: 'malformed' }> };

export function malformed(detail: string): Malformed {
  return { ok: false, problem: { kind: 'malformed', detail } };
}

/**
 * The first issue with its path, e.g. `meals[2].courses[0].name: Invalid input…`, so the log says which value
 * of the answer was wrong; `root` is where the checked value sits in the answer.
 */
export function describeSchemaError(what: string, error: z.ZodError, root = ''): string {
  const issue = error.issues[0];
  if (!issue) return `${what} does not have the expected shape`;
  const path = issue.path
    .map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${String(segment)}`))
    .reduce((joined, segment) => joined + segment, root)
    .replace(/^\./, '');
  return `${what}: ${path === '' ? 'the whole answer' : path}: ${issue.message}`;
}

/** The start of a body, for saying what came instead of the expected format ("<!DOCTYPE html>…"). */
export function startOf(body: string, length = 40): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}
