/**
 * What a signature vouches for: not the bundle's bytes alone but signed metadata (TUF-style) — the bundle's
 * hash, the skill and its version, a release number that only grows, and an expiry — so an old bundle or an
 * old metadata file replayed later is refused.
 */
import { z } from 'zod';

const identifier = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be lower case letters, digits and _');
const semverText = z.string().regex(/^\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/, 'must be a semantic version such as "1.0.0"');

export const signedSchema = z.strictObject({
  skill: identifier,
  version: semverText,
  /** Grows with every release of this skill, whatever its version says. */
  release: z.int().min(1),
  /** ISO time after which this metadata is no longer good. */
  expires: z.iso.datetime({ offset: true }),
  /** Hex SHA-256 of the bundle file. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a hex SHA-256'),
  minRobotVersion: semverText.optional(),
});
export type SignedContent = z.infer<typeof signedSchema>;

export const metadataSchema = z.strictObject({
  signed: signedSchema,
  signatures: z.array(z.strictObject({ keyId: z.string().min(1), sig: z.string().min(1) })).min(1),
});
export type BundleMetadata = z.infer<typeof metadataSchema>;

/** The exact bytes signed: keys sorted, no spaces, so signer and robot agree whatever wrote the file. */
export function canonicalBytes(signed: SignedContent): Buffer {
  const sorted = Object.fromEntries(Object.entries(signed).sort(([a], [b]) => a.localeCompare(b)));
  return Buffer.from(JSON.stringify(sorted), 'utf8');
}

/** The metadata file that goes with a bundle: `joke-1.0.0.tar.gz` → `joke-1.0.0.tar.gz.meta.json`. */
export const metadataPathFor = (bundle: string): string => `${bundle}.meta.json`;
