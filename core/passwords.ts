/**
 * Staff passwords as scrypt hashes, "scrypt$N$r$p$saltB64$hashB64", compared in constant time. The panel
 * uses the async forms (libuv's thread pool), so a login does not stop the robot answering children while
 * it hashes; the sync forms are for the CLI (`laiban panel hash-password`).
 */
import { randomBytes, scrypt, scryptSync, type ScryptOptions, timingSafeEqual } from 'node:crypto';

const COST = 1 << 15;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
/** A hash from the config must not be able to make verification eat the robot's memory. */
const MAX_SCRYPT_MEMORY = 256 * 1024 * 1024;

interface ScryptHash {
  cost: number;
  blockSize: number;
  parallelism: number;
  salt: Buffer;
  key: Buffer;
}

function scryptMemory(cost: number, blockSize: number, parallelism: number): number {
  return 128 * cost * blockSize + 128 * blockSize * parallelism;
}

function options(cost: number, blockSize: number, parallelism: number): ScryptOptions {
  return { N: cost, r: blockSize, p: parallelism, maxmem: scryptMemory(cost, blockSize, parallelism) + 1024 * 1024 };
}

// NFC: "ö" typed on a phone and on a computer keyboard are the same letter.
function derive(password: string, salt: Buffer, bytes: number, cost: number, blockSize: number, parallelism: number): Buffer {
  return scryptSync(password.normalize('NFC'), salt, bytes, options(cost, blockSize, parallelism));
}

function deriveAsync(password: string, salt: Buffer, bytes: number, cost: number, blockSize: number, parallelism: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, bytes, options(cost, blockSize, parallelism), (err, key) => (err ? reject(err) : resolve(key)));
  });
}

function format(salt: Buffer, key: Buffer): string {
  return ['scrypt', COST, BLOCK_SIZE, PARALLELISM, salt.toString('base64'), key.toString('base64')].join('$');
}

export function hashPassword(password: string): string {
  const salt = randomBytes(SALT_BYTES);
  return format(salt, derive(password, salt, KEY_BYTES, COST, BLOCK_SIZE, PARALLELISM));
}

/** hashPassword without blocking the event loop: same format and parameters. */
export async function hashPasswordAsync(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  return format(salt, await deriveAsync(password, salt, KEY_BYTES, COST, BLOCK_SIZE, PARALLELISM));
}

const FORMAT = /^scrypt\$(\d{1,8})\$(\d{1,3})\$(\d{1,3})\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

export function parseScryptHash(text: string): ScryptHash | undefined {
  const m = FORMAT.exec(text.trim());
  if (!m) return undefined;
  const [, n, r, p, salt, key] = m as unknown as [string, string, string, string, string, string];
  const parsed = { cost: Number(n), blockSize: Number(r), parallelism: Number(p), salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
  const powerOfTwo = parsed.cost >= 2 && (parsed.cost & (parsed.cost - 1)) === 0;
  if (!powerOfTwo || parsed.blockSize < 1 || parsed.parallelism < 1 || parsed.parallelism > 16) return undefined;
  if (scryptMemory(parsed.cost, parsed.blockSize, parsed.parallelism) > MAX_SCRYPT_MEMORY) return undefined;
  if (parsed.salt.length < 8 || parsed.key.length < 16 || parsed.key.length > 64) return undefined;
  return parsed;
}

/** False for a wrong password and for a hash that is not in the format above. */
export function verifyPassword(password: string, hash: string): boolean {
  const parsed = parseScryptHash(hash);
  if (!parsed) return false;
  const key = derive(password, parsed.salt, parsed.key.length, parsed.cost, parsed.blockSize, parsed.parallelism);
  return timingSafeEqual(key, parsed.key);
}

/** verifyPassword without blocking the event loop. */
export async function verifyPasswordAsync(password: string, hash: string): Promise<boolean> {
  const parsed = parseScryptHash(hash);
  if (!parsed) return false;
  const key = await deriveAsync(password, parsed.salt, parsed.key.length, parsed.cost, parsed.blockSize, parsed.parallelism);
  return timingSafeEqual(key, parsed.key);
}
