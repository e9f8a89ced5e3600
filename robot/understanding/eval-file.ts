import fs from 'node:fs';
import { LANGS, type Lang } from '../../skills/sdk/types';

export interface LabelledUtterance {
  text: string;
  intent: string;
  lang?: Lang;
}

/** Reads JSON lines of {"text","intent"[,"lang"]}; a bad line is an error naming its line number. */
export function readEvalFile(file: string): LabelledUtterance[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const out: LabelledUtterance[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw new Error(`${file}:${i + 1}: not JSON (${(err as Error).message})`);
    }
    const { text, intent, lang } = (value ?? {}) as Record<string, unknown>;
    if (typeof text !== 'string' || typeof intent !== 'string') throw new Error(`${file}:${i + 1}: needs "text" and "intent" strings`);
    if (lang !== undefined && !LANGS.includes(lang as Lang)) throw new Error(`${file}:${i + 1}: "lang" must be sv or en`);
    out.push({ text, intent, lang: lang as Lang | undefined });
  });
  return out;
}
