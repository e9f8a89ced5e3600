/**
 * Parses JSON and, when it is not valid, says where (line and column) and what is wrong in words
 * IT staff understand. Node's own messages differ between versions and often give no position.
 */

export type JsonParseResult =
  | { ok: true; value: unknown }
  | { ok: false; line: number; column: number; reason: string };

export function parseJson(text: string): JsonParseResult {
  const withoutBom = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(withoutBom) };
  } catch {
    const { offset, reason } = locateSyntaxError(withoutBom);
    return { ok: false, ...lineAndColumn(withoutBom, offset), reason };
  }
}

/** 1-based, as editors show it. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

class SyntaxErrorAt {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

function locateSyntaxError(text: string): { offset: number; reason: string } {
  if (text.trim() === '') return { offset: 0, reason: 'the file is empty; write {} to use all defaults' };
  try {
    scanJson(text);
  } catch (error) {
    if (error instanceof SyntaxErrorAt) return error;
    // A stack overflow on absurdly deep nesting: still bad input, just without a precise position.
  }
  return { offset: text.length, reason: 'this is not valid JSON' };
}

/** A strict JSON scanner that throws SyntaxErrorAt at the first error; it builds no value. */
function scanJson(text: string): void {
  let pos = 0;
  const here = (): string => text.charAt(pos);
  const found = (): string => (pos >= text.length ? 'the end of the file' : `'${here()}'`);
  const fail = (reason: string, at = pos): never => {
    throw new SyntaxErrorAt(at, reason);
  };

  const skipSpace = (): void => {
    while (/[ \t\n\r]/.test(here())) pos++;
    if (text.startsWith('//', pos) || text.startsWith('/*', pos)) fail('comments are not allowed in JSON');
  };

  const scanString = (): void => {
    const start = pos;
    pos++;
    for (;;) {
      if (pos >= text.length) fail('this text has no closing double quote', start);
      const c = here();
      if (c === '"') {
        pos++;
        return;
      }
      if (c === '\\') {
        const next = text.charAt(pos + 1);
        if (next !== '' && '"\\/bfnrt'.includes(next)) pos += 2;
        else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) pos += 6;
        else fail('a backslash in text must be written twice, for example "C:\\\\laiban"');
      } else if (c.charCodeAt(0) < 0x20) {
        fail(c === '\n' ? 'this text has no closing double quote before the end of the line' : 'a control character in text must be escaped', c === '\n' ? start : pos);
      } else {
        pos++;
      }
    }
  };

  const scanNumber = (): void => {
    const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    number.lastIndex = pos;
    if (!number.test(text)) fail('this is not a valid number');
    pos = number.lastIndex;
  };

  const scanObject = (): void => {
    pos++;
    skipSpace();
    if (here() === '}') {
      pos++;
      return;
    }
    for (;;) {
      skipSpace();
      if (here() === '}') fail('a comma before } is not allowed');
      if (here() === "'") fail('keys must be in double quotes, not single quotes');
      if (here() !== '"') fail(`expected a key in double quotes but found ${found()}`);
      scanString();
      skipSpace();
      if (here() !== ':') fail(`expected ':' after the key but found ${found()}`);
      pos++;
      scanValue();
      skipSpace();
      if (here() === ',') pos++;
      else if (here() === '}') {
        pos++;
        return;
      } else if (here() === '"') fail('a comma is missing before this key');
      else fail(`expected ',' or '}' but found ${found()}`);
    }
  };

  const scanArray = (): void => {
    pos++;
    skipSpace();
    if (here() === ']') {
      pos++;
      return;
    }
    for (;;) {
      skipSpace();
      if (here() === ']') fail('a comma before ] is not allowed');
      scanValue();
      skipSpace();
      if (here() === ',') pos++;
      else if (here() === ']') {
        pos++;
        return;
      } else fail(`expected ',' or ']' but found ${found()}`);
    }
  };

  const scanValue = (): void => {
    skipSpace();
    const c = here();
    if (c === '{') return scanObject();
    if (c === '[') return scanArray();
    if (c === '"') return scanString();
    if (c === '-' || /[0-9]/.test(c)) return scanNumber();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return;
      }
    }
    if (c === "'") fail('text must be in double quotes, not single quotes');
    fail(`expected a value but found ${found()}`);
  };

  scanValue();
  skipSpace();
  if (pos < text.length) fail(`unexpected ${found()} after the end of the JSON`);
}
