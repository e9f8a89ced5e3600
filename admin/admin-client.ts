/**
 * The command line's side of the admin API. The robot's certificate is usually its own, so the client
 * either trusts a CA file or pins the certificate's SHA-256 fingerprint (shown on the robot's console
 * and status page); it never just turns checking off.
 */
import fs from 'node:fs';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';

export interface RobotAddress {
  url: string;
  token: string;
  /** SHA-256 of the robot's certificate, hex, colons allowed. */
  fingerprint?: string;
  caFile?: string;
}

const normalizeFingerprint = (text: string): string => text.replace(/:/g, '').toLowerCase();

export function callRobot(robot: RobotAddress, method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const url = new URL(path, robot.url);
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  const pinned = robot.fingerprint ? normalizeFingerprint(robot.fingerprint) : undefined;
  return new Promise((resolve, reject) => {
    const req = https.request(
      url,
      {
        method,
        // A fresh connection each time, so every request meets the certificate check.
        agent: false,
        headers: { authorization: `Bearer ${robot.token}`, ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}) },
        ...(robot.caFile ? { ca: fs.readFileSync(robot.caFile) } : {}),
        // A pinned certificate is checked below, before anything is sent; otherwise the usual CA check holds.
        ...(pinned ? { rejectUnauthorized: false } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown });
          } catch {
            reject(new Error(`the robot answered ${res.statusCode} without JSON`));
          }
        });
      },
    );
    req.on('error', reject);
    // Nothing is sent before the pin is checked: the request goes out after the TLS handshake.
    req.once('socket', (socket) => {
      socket.once('secureConnect', () => {
        const got = normalizeFingerprint((socket as TLSSocket).getPeerCertificate().fingerprint256 ?? '');
        if (pinned && got !== pinned) req.destroy(new Error(`the robot's certificate is not the pinned one (its fingerprint is ${got})`));
        else req.end(payload);
      });
    });
  });
}
