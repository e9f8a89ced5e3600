import type { UpstreamResult } from '../types';

export interface FetchOptions {
  timeoutMs: number;
  /** Larger answers are refused part-way (a broken upstream can send anything). */
  maxBytes: number;
  headers?: Record<string, string>;
}

export interface UpstreamResponse {
  status: number;
  headers: Headers;
  body: string;
}

/** Redirects to another host are refused: an upstream (or whoever took over its name) cannot send the bridge elsewhere. */
const MAX_REDIRECTS = 3;

export class RedirectRefused extends Error {
  override name = 'RedirectRefused';
}

async function fetchFollowingSameHost(url: string, headers: Record<string, string> | undefined, signal: AbortSignal): Promise<Response> {
  let at = new URL(url);
  for (let hop = 0; ; hop++) {
    const res = await fetch(at, { headers, signal, redirect: 'manual' });
    if (res.status < 300 || res.status > 399 || res.status === 304) return res;
    const location = res.headers.get('location');
    await res.body?.cancel();
    if (location === null) throw new RedirectRefused(`redirect ${res.status} without a Location`);
    const next = new URL(location, at);
    if (next.host !== at.host || next.protocol !== at.protocol) throw new RedirectRefused(`redirect to another host (${next.host}) refused`);
    if (hop >= MAX_REDIRECTS) throw new RedirectRefused(`more than ${MAX_REDIRECTS} redirects`);
    at = next;
  }
}

/**
 * GET with a deadline and a size limit; redirects followed only within the same host. Never throws: every failure is an UpstreamProblem the caller can
 * log and turn into "use the cache". Non-2xx answers other than 304 are problems too.
 */
export async function fetchUpstream(url: string, options: FetchOptions): Promise<UpstreamResult<UpstreamResponse>> {
  const controller = new AbortController();
  const tooLarge = { ok: false as const, problem: { kind: 'too-large' as const, limitBytes: options.maxBytes } };
  let refused = false;
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const res = await fetchFollowingSameHost(url, options.headers, controller.signal);
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > options.maxBytes) {
      refused = true;
      controller.abort();
      return tooLarge;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (res.body) {
      for await (const chunk of res.body) {
        size += chunk.byteLength;
        if (size > options.maxBytes) {
          // Aborting makes the stream's clean-up throw; `refused` tells the catch below why.
          refused = true;
          controller.abort();
          return tooLarge;
        }
        chunks.push(chunk);
      }
    }
    const body = Buffer.concat(chunks).toString('utf8');
    if (res.status !== 304 && (res.status < 200 || res.status > 299)) {
      return { ok: false, problem: { kind: 'http', status: res.status, detail: body.slice(0, 200) } };
    }
    return { ok: true, value: { status: res.status, headers: res.headers, body } };
  } catch (err) {
    if (refused) return tooLarge;
    if (controller.signal.aborted) return { ok: false, problem: { kind: 'timeout', afterMs: options.timeoutMs } };
    if (err instanceof RedirectRefused) return { ok: false, problem: { kind: 'network', detail: err.message } };
    const cause = (err as Error & { cause?: Error }).cause;
    return { ok: false, problem: { kind: 'network', detail: cause?.message ?? (err as Error).message } };
  } finally {
    clearTimeout(timer);
  }
}
