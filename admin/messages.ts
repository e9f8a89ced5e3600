/** What the admin API accepts, checked at the door. */
import { z } from 'zod';

export const MAX_UPLOAD_BYTES = 32 * 1024 * 1024;

export const installRequestSchema = z.strictObject({
  /** The bundle file, base64. */
  bundle: z.string().min(1),
  /** Its signed metadata (the .meta.json), as JSON. */
  metadata: z.unknown(),
  force: z.boolean().default(false),
});
export type InstallRequest = z.infer<typeof installRequestSchema>;
