import { hashPassword } from '../../panel/create-panel';

/** Reads a staff password from stdin and prints its scrypt hash, for config `panel.passwordHash`. */
export async function panelHashPasswordCommand(): Promise<number> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  if (password.length < 10) {
    process.stderr.write('The password must be at least 10 characters (read from standard input).\n');
    return 1;
  }
  process.stdout.write(`${hashPassword(password)}\n`);
  return 0;
}
