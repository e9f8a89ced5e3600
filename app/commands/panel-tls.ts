/**
 * The panel's certificate: the configured files, or one the robot makes for itself the first time
 * (EC P-256, ten years, for its host name, localhost and its addresses) and keeps in dataDir.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LaibanConfig } from '../../config/schema';

export type PanelTls = { kind: 'tls'; key: string; cert: string; made: boolean } | { kind: 'plain' } | { kind: 'broken'; reason: string };

/** The robot's addresses on its networks (not loopback), IPv4 and IPv6 unless one family is asked for. */
export function networkAddresses(family?: 'IPv4' | 'IPv6'): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .flatMap((a) => (a && !a.internal && (family === undefined || a.family === family) ? [a.address] : []));
}

export async function panelTls(config: LaibanConfig['panel'], now: Date): Promise<PanelTls> {
  if (config.tls === 'off') return { kind: 'plain' };
  const { certFile, keyFile } = config;
  if (fs.existsSync(certFile) && fs.existsSync(keyFile)) {
    try {
      return { kind: 'tls', key: fs.readFileSync(keyFile, 'utf8'), cert: fs.readFileSync(certFile, 'utf8'), made: false };
    } catch (err) {
      return { kind: 'broken', reason: `cannot read ${certFile} or ${keyFile}: ${(err as Error).message}` };
    }
  }
  if (config.tls === 'files') return { kind: 'broken', reason: `panel.tls is "files" but ${certFile} or ${keyFile} does not exist` };
  // Loaded only to make one: selfsigned brings about 150 modules of X.509 and ASN.1 the running robot never needs again.
  const { generate } = await import('selfsigned');
  const host = os.hostname();
  const made = await generate([{ name: 'commonName', value: host }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: now,
    notAfterDate: new Date(now.getTime() + 10 * 365 * 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: host },
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          ...networkAddresses().map((ip) => ({ type: 7 as const, ip })),
        ],
      },
    ],
  });
  fs.mkdirSync(path.dirname(keyFile), { recursive: true });
  fs.writeFileSync(keyFile, made.private, { mode: 0o600 });
  fs.writeFileSync(certFile, made.cert);
  return { kind: 'tls', key: made.private, cert: made.cert, made: true };
}
