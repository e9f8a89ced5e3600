import readline from 'node:readline';
import type { Conversation, Turn } from '../conversation/conversation';
import { consoleFace } from './console-face';

export interface ConsoleIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

const QUIT = new Set(['exit', 'quit', 'avsluta', 'sluta']);

/** Nothing a teacher typed reaches the terminal as a control sequence. */
const printable = (text: string): string => text.replace(/[\p{Cc}\p{Cf}]+/gu, '');

export function printTurn(turn: Turn, output: NodeJS.WritableStream): void {
  output.write(`${consoleFace[turn.expression]} ${printable(turn.answer)}\n`);
}

/**
 * Text front-end: one typed line is one utterance. Works on a terminal and on piped input
 * (each line answered in order, then it ends at end of input).
 */
export function runConsole(conversation: Conversation, io: ConsoleIo): Promise<void> {
  const rl = readline.createInterface({ input: io.input, output: io.output, terminal: false });
  const interactive = (io.input as NodeJS.ReadStream).isTTY === true;
  const prompt = () => {
    conversation.wake();
    if (interactive) io.output.write('> ');
  };
  return new Promise((resolve) => {
    let pending: Promise<unknown> = Promise.resolve();
    prompt();
    rl.on('line', (line) => {
      const text = line.trim();
      if (QUIT.has(text.toLowerCase())) {
        rl.close();
        // The input may stay open (a terminal, a pipe that is never closed): let go of it, or the process lives on.
        (io.input as Partial<NodeJS.ReadStream>).destroy?.();
        return;
      }
      if (!text) {
        if (interactive) io.output.write('> ');
        return;
      }
      pending = pending.then(() => conversation.ask(text)).then(prompt);
    });
    rl.on('close', () => {
      void pending.then(() => resolve());
    });
  });
}
