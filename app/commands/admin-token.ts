/** `laiban admin token --name anna`: a token for one IT operator, shown once; the robot keeps its hash. */
import { hashToken, newToken } from '../../admin/tokens';

export function adminTokenCommand(options: { name: string }): number {
  const token = newToken();
  process.stdout.write(`token for ${options.name} (shown once; keep it in a file only ${options.name} can read): ${token}\n`);
  process.stdout.write(`add to admin.tokens in the robot's config: ${JSON.stringify({ name: options.name, sha256: hashToken(token) })}\n`);
  return 0;
}
