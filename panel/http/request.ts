/** What the panel reads from a request: cookies, the client's address and a small urlencoded form. */
import type { IncomingMessage } from 'node:http';

export const MAX_FORM_BYTES = 16 * 1024;
/** A body this much over the limit is not read to its end: the connection is closed instead. */
const MAX_DRAIN_BYTES = 1024 * 1024;

export type FormBody =
  | { kind: 'form'; fields: URLSearchParams }
  | { kind: 'too-large'; drained: boolean }
  | { kind: 'not-a-form' };

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (!cookies.has(name)) cookies.set(name, value);
  }
  return cookies;
}

export function clientAddress(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

function isUrlencoded(req: IncomingMessage): boolean {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  return type === 'application/x-www-form-urlencoded';
}

/**
 * Reads the body up to `limit` bytes. A slightly larger one is read and thrown away so the client gets its
 * 413 on a clean connection; a much larger one is `drained: false` and the caller closes the connection.
 */
export function readForm(req: IncomingMessage, limit = MAX_FORM_BYTES): Promise<FormBody> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > MAX_DRAIN_BYTES) return Promise.resolve({ kind: 'too-large', drained: false });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= limit) chunks.push(chunk);
      else if (bytes > MAX_DRAIN_BYTES) {
        req.removeAllListeners('data');
        req.pause();
        resolve({ kind: 'too-large', drained: false });
      }
    });
    req.on('end', () => {
      if (bytes > limit) resolve({ kind: 'too-large', drained: true });
      else if (!isUrlencoded(req)) resolve({ kind: 'not-a-form' });
      else resolve({ kind: 'form', fields: new URLSearchParams(Buffer.concat(chunks).toString('utf8')) });
    });
    req.on('error', reject);
  });
}
