import fs from 'node:fs';
import { LANGS, type Lang } from '../../core/languages';

export interface LabelledUtterance {
  text: string;
  intent: string;
  lang?: Lang;
}

/** Each non-blank line of a JSON-lines file as an object, with `where` ("file:line") for error messages. */
export function readJsonLines(file: string): { value: Record<string, unknown>; where: string }[] {
  const out: { value: Record<string, unknown>; where: string }[] = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const where = `${file}:${i + 1}`;
      try {
        out.push({ value: (JSON.parse(line) ?? {}) as Record<string, unknown>, where });
      } catch (err) {
        throw new Error(`${where}: not JSON (${(err as Error).message})`);
      }
    });
  return out;
}

/** The first non-blank line of a JSON-lines file as an object; undefined when there is none or it is not JSON. */
export function firstJsonLine(file: string): Record<string, unknown> | undefined {
  const first = fs.readFileSync(file, 'utf8').split('\n').find((l) => l.trim() !== '');
  if (first === undefined) return undefined;
  try {
    return (JSON.parse(first) ?? {}) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** Reads JSON lines of {"text","intent"[,"lang"]}; a bad line is an error naming its line number. */
export function readEvalFile(file: string): LabelledUtterance[] {
  return readJsonLines(file).map(({ value, where }) => {
    const { text, intent, lang } = value;
    if (typeof text !== 'string' || typeof intent !== 'string') throw new Error(`${where}: needs "text" and "intent" strings`);
    if (lang !== undefined && !LANGS.includes(lang as Lang)) throw new Error(`${where}: "lang" must be sv or en`);
    return { text, intent, lang: lang as Lang | undefined };
  });
}
