import os from 'node:os';
import path from 'node:path';
import { openPtyPair } from '../../hardware/pty-pair';
import { type SimulatedState, SimulatedBody } from '../../hardware/simulator';

const FACE: Record<string, string> = {
  neutral: '(•_•)',
  happy: '(^‿^)',
  thinking: '(•ˇ•)',
  sad: '(•︵•)',
  surprised: '(°o°)',
  listening: '(•ᴗ•)',
  sleeping: '(-_-)',
};

/** One terminal line: the face, the mouth, and the ring as a coloured block with its animation. */
export function drawBody(state: SimulatedState): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(state.ring.colour.slice(i, i + 2), 16));
  const ring = state.ring.animation === 'off' ? '○○○○' : `\x1b[38;2;${r};${g};${b}m●●●●\x1b[0m`;
  const mouth = state.mouth > 0 ? ` mun ${String(state.mouth).padStart(3)}%` : '';
  return `${FACE[state.face] ?? state.face} ${ring} ${state.ring.animation.padEnd(7)} ljus ${state.brightness}%${mouth}${state.head === 'still' ? '' : ` huvud: ${state.head}`}`;
}

/** A virtual body on a pseudo-terminal: prints the path to put in config body.port, then draws what it shows. */
export async function bodySimCommand(options: { path?: string }): Promise<number> {
  const hostPath = options.path ?? path.join(os.tmpdir(), 'laiban-body');
  let pair;
  try {
    pair = await openPtyPair(hostPath, `${hostPath}-sim`);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 1;
  }
  const out = process.stdout;
  const body = new SimulatedBody({ path: pair.bodyPath, onChange: (state) => out.write(`\r\x1b[2K${drawBody(state)}`) });
  await body.open();
  out.write(`A simulated body is at ${hostPath}. Start the robot with config "body": { "port": "${hostPath}" }.\n`);
  out.write('Enter presses the push-to-talk button; Ctrl-C stops.\n');
  process.stdin.on('data', () => {
    body.pressButton('down');
    setTimeout(() => body.pressButton('up'), 150);
  });
  await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  out.write('\n');
  await body.close();
  await pair.close();
  process.stdin.destroy();
  return 0;
}
