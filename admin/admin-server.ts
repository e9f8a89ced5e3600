/**
 * IT's admin API on the robot, over HTTPS with a token per operator (not the teachers' login):
 *   GET  /admin/skills                 the installed bundles, versions and whether each is on
 *   POST /admin/skills                 install or update from a signed bundle ({ bundle, metadata, force })
 *   POST /admin/skills/<id>/rollback   back to the version before
 *   POST /admin/skills/<id>/enable     and /disable
 *   GET  /admin/audit                  who did what, when, and how it ended
 * A change reaches the running robot's answers at once, or when its conversation is idle: each answer's
 * `live` says which ("switched" / "waiting"). Every answer is JSON.
 */
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SkillAdmin } from '../robot/skill-packages/skill-admin';
import { installRequestSchema, MAX_UPLOAD_BYTES } from './messages';
import { type OperatorToken, operatorFor } from './tokens';

export interface AdminServerOptions {
  tls: { key: string; cert: string };
  tokens: readonly OperatorToken[];
  skills: SkillAdmin;
  /** After this many refused tokens from one address within `lockoutMs`, that address waits. */
  maxFailures?: number;
  lockoutMs?: number;
  now?(): number;
}

type Json = Record<string, unknown> | unknown[];

function reply(res: ServerResponse, status: number, body: Json): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`${JSON.stringify(body)}\n`);
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  if (Number(req.headers['content-length'] ?? '0') > limit) return Promise.resolve('too-large');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > limit) {
        req.destroy();
        resolve('too-large');
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function createAdminServer(options: AdminServerOptions): https.Server {
  const failures = new Map<string, number[]>();
  const now = options.now ?? Date.now;
  const maxFailures = options.maxFailures ?? 10;
  const lockoutMs = options.lockoutMs ?? 10 * 60_000;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const address = req.socket.remoteAddress ?? 'unknown';
    const recent = (failures.get(address) ?? []).filter((t) => now() - t < lockoutMs);
    if (recent.length >= maxFailures) return reply(res, 429, { error: 'too many refused tokens from this address; wait and try again' });
    const who = operatorFor(req.headers.authorization, options.tokens);
    if (!who) {
      failures.set(address, [...recent, now()]);
      return reply(res, 401, { error: 'a valid operator token is needed (Authorization: Bearer …)' });
    }
    const url = new URL(req.url ?? '/', 'https://robot');
    const action = /^\/admin\/skills\/([a-z][a-z0-9_]*)\/(rollback|enable|disable)$/.exec(url.pathname);
    if (req.method === 'GET' && url.pathname === '/admin/skills') return reply(res, 200, options.skills.list());
    if (req.method === 'GET' && url.pathname === '/admin/audit') return reply(res, 200, options.skills.audit());
    if (req.method === 'POST' && url.pathname === '/admin/skills') {
      const body = await readBody(req, MAX_UPLOAD_BYTES);
      if (body === 'too-large') return reply(res, 413, { error: `a bundle upload may be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB` });
      let parsed;
      try {
        parsed = installRequestSchema.safeParse(JSON.parse(body.toString('utf8')));
      } catch {
        return reply(res, 400, { error: 'the body is not JSON' });
      }
      if (!parsed.success) return reply(res, 400, { error: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ') });
      const result = await options.skills.install(Buffer.from(parsed.data.bundle, 'base64'), parsed.data.metadata, who, parsed.data.force);
      return reply(res, result.kind === 'installed' ? 200 : 409, result);
    }
    if (req.method === 'POST' && action) {
      const [, skill, verb] = action as unknown as [string, string, 'rollback' | 'enable' | 'disable'];
      const result = verb === 'rollback' ? await options.skills.rollback(skill, who) : await options.skills.setEnabled(skill, verb === 'enable', who);
      return reply(res, result.kind === 'refused' ? 409 : 200, result);
    }
    return reply(res, 404, { error: `no ${req.method} ${url.pathname} here` });
  };

  return https.createServer({ key: options.tls.key, cert: options.tls.cert }, (req, res) => {
    handle(req, res).catch((err: Error) => {
      if (!res.headersSent) reply(res, 500, { error: `the robot could not do that: ${err.message}` });
    });
  });
}
