/** One bounded GET of a menu upstream, then that upstream's parser; every failure is an UpstreamProblem. */
import type { Menu, UpstreamResult } from '../../types';
import { fetchUpstream } from '../fetch-upstream';

export interface MenuFetchOptions {
  url: string;
  timeoutMs: number;
  maxBytes: number;
  /** Added to (and overriding) the adapter's own headers, e.g. a User-Agent naming the robot. */
  headers?: Record<string, string>;
  /** Told the upstream's response headers (a cache reads Cache-Control and Expires from them). */
  onHeaders?: (headers: Headers) => void;
}

export async function fetchMenu(
  options: MenuFetchOptions,
  defaultHeaders: Record<string, string>,
  parse: (body: string) => UpstreamResult<Menu>,
): Promise<UpstreamResult<Menu>> {
  const answer = await fetchUpstream(options.url, {
    timeoutMs: options.timeoutMs,
    maxBytes: options.maxBytes,
    headers: mergeHeaders(defaultHeaders, options.headers ?? {}),
  });
  if (!answer.ok) return answer;
  options.onHeaders?.(answer.value.headers);
  try {
    return parse(answer.value.body);
  } catch (err) {
    // A parser that gives up by throwing (an XML entity it will not expand, say) is an upstream problem too.
    return { ok: false, problem: { kind: 'malformed', detail: `the menu could not be read: ${(err as Error).message}`.slice(0, 300) } };
  }
}

/** Header names are case-insensitive: "User-Agent" from the caller replaces the adapter's "user-agent". */
function mergeHeaders(base: Record<string, string>, extra: Record<string, string>): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const [name, value] of [...Object.entries(base), ...Object.entries(extra)]) merged[name.toLowerCase()] = value;
  return merged;
}
