/** How every answer leaves the panel: with the security headers, no caching, and cookies as set. */
import type { ServerResponse } from 'node:http';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  // same-origin: nothing leaves for other sites, and the panel's own form posts carry a real Origin to check.
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

/** For a page the panel shows in a frame of its own (the alert strip on Idag): only the panel may frame it. */
export const FRAMEABLE_BY_PANEL: Readonly<Record<string, string>> = {
  'Content-Security-Policy': SECURITY_HEADERS['Content-Security-Policy']!.replace("frame-ancestors 'none'", "frame-ancestors 'self'"),
  'X-Frame-Options': 'SAMEORIGIN',
};

export interface CookieSpec {
  name: string;
  value: string;
  httpOnly: boolean;
  /** Absent: a browser-session cookie. 0: delete it. */
  maxAgeSeconds?: number;
}

export function serializeCookie(cookie: CookieSpec, secure: boolean): string {
  const parts = [`${cookie.name}=${cookie.value}`, 'Path=/', 'SameSite=Strict'];
  if (cookie.httpOnly) parts.push('HttpOnly');
  if (secure) parts.push('Secure');
  if (cookie.maxAgeSeconds !== undefined) parts.push(`Max-Age=${cookie.maxAgeSeconds}`);
  return parts.join('; ');
}

export interface Outgoing {
  status: number;
  body: string;
  cookies: string[];
  headers?: Record<string, string>;
  /** Close the connection after answering (a body left unread). */
  close?: boolean;
}

export function send(res: ServerResponse, out: Outgoing): void {
  res.statusCode = out.status;
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  for (const [name, value] of Object.entries(out.headers ?? {})) res.setHeader(name, value);
  if (out.cookies.length > 0) res.setHeader('Set-Cookie', out.cookies);
  if (out.close) res.setHeader('Connection', 'close');
  res.end(out.body);
}
