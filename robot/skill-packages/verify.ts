/**
 * Whether a bundle may be installed: its metadata signed by a trusted, unrevoked key, the bundle the one
 * signed for, not expired, newer than every release seen, not a downgrade (unless forced), and made for
 * this robot's version. Each refusal says exactly why.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import semver from 'semver';
import { keyIdOf, type TrustedKey, verifyContent } from './keys';
import { metadataSchema, type SignedContent } from './metadata';

export interface CheckOptions {
  trusted: readonly TrustedKey[];
  /** The highest release of this skill accepted before (0: none). */
  highestRelease: number;
  /** The version now installed, if any. */
  installedVersion?: string;
  robotVersion: string;
  now: Date;
  force?: boolean;
}

export type BundleCheck = { kind: 'ok'; signed: SignedContent } | { kind: 'refused'; reason: string };

export const sha256Of = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

export function checkBundle(bundleFile: string, metadataFile: string, options: CheckOptions): BundleCheck {
  const refuse = (reason: string): BundleCheck => ({ kind: 'refused', reason });
  if (!fs.existsSync(bundleFile)) return refuse(`no bundle at ${bundleFile}`);
  if (!fs.existsSync(metadataFile)) return refuse(`no signed metadata at ${metadataFile} (sign the bundle with "laiban skill sign")`);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(metadataFile, 'utf8'));
  } catch (err) {
    return refuse(`the metadata ${metadataFile} is not JSON: ${(err as Error).message}`);
  }
  const parsed = metadataSchema.safeParse(raw);
  if (!parsed.success) return refuse(`the metadata is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const { signed, signatures } = parsed.data;

  const byId = new Map(options.trusted.map((k) => [keyIdOf(k.publicKey), k]));
  const known = signatures.filter((s) => byId.has(s.keyId));
  if (known.length === 0) return refuse(`signed by an unknown key (${signatures.map((s) => s.keyId).join(', ')}); the robot trusts none of them`);
  const usable = known.filter((s) => !byId.get(s.keyId)!.revoked);
  if (usable.length === 0) return refuse(`signed by a revoked key (${known.map((s) => s.keyId).join(', ')})`);
  if (!usable.some((s) => verifyContent(signed, s.sig, byId.get(s.keyId)!.publicKey))) return refuse('the signature does not match the metadata (it was changed after signing)');

  if (sha256Of(bundleFile) !== signed.sha256) return refuse('the bundle is not the one that was signed (its SHA-256 differs: changed or swapped)');
  if (Date.parse(signed.expires) <= options.now.getTime()) return refuse(`the signed metadata expired at ${signed.expires}`);
  if (signed.release <= options.highestRelease) {
    return refuse(`release ${signed.release} of "${signed.skill}" is not newer than release ${options.highestRelease}, already seen (an old release replayed?)`);
  }
  if (options.installedVersion && semver.lt(signed.version, options.installedVersion) && !options.force) {
    return refuse(`version ${signed.version} is older than the installed ${options.installedVersion}; a downgrade needs --force`);
  }
  if (signed.minRobotVersion && semver.lt(options.robotVersion, signed.minRobotVersion)) {
    return refuse(`the skill needs robot version ${signed.minRobotVersion} or newer; this robot is ${options.robotVersion}`);
  }
  return { kind: 'ok', signed };
}
