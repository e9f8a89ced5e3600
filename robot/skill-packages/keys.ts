/** Ed25519 keys for signing skills, with node:crypto alone. A key's id is the start of its public key's hash. */
import crypto from 'node:crypto';
import { canonicalBytes, type SignedContent } from './metadata';

export interface TrustedKey {
  /** The raw 32-byte Ed25519 public key, base64. */
  publicKey: string;
  /** A revoked key verifies nothing, even what it signed before. */
  revoked: boolean;
}

export function generateSigningKey(): { privateKeyPem: string; publicKey: string; keyId: string } {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  const raw = rawPublicKey(publicKey);
  return { privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), publicKey: raw.toString('base64'), keyId: keyIdOf(raw) };
}

const rawPublicKey = (key: crypto.KeyObject): Buffer => Buffer.from((key.export({ format: 'jwk' }) as { x: string }).x, 'base64url');

export const keyIdOf = (rawPublic: Buffer | string): string =>
  crypto.createHash('sha256').update(typeof rawPublic === 'string' ? Buffer.from(rawPublic, 'base64') : rawPublic).digest('hex').slice(0, 16);

export function publicKeyFromPrivatePem(pem: string): string {
  return rawPublicKey(crypto.createPublicKey(crypto.createPrivateKey(pem))).toString('base64');
}

export function signContent(signed: SignedContent, privateKeyPem: string): { keyId: string; sig: string } {
  const key = crypto.createPrivateKey(privateKeyPem);
  const sig = crypto.sign(null, canonicalBytes(signed), key).toString('base64');
  return { keyId: keyIdOf(publicKeyFromPrivatePem(privateKeyPem)), sig };
}

export function verifyContent(signed: SignedContent, sig: string, publicKey: string): boolean {
  const raw = Buffer.from(publicKey, 'base64');
  if (raw.length !== 32) return false;
  const key = crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
  return crypto.verify(null, canonicalBytes(signed), key, Buffer.from(sig, 'base64'));
}
