/**
 * Parses JSON and, when it is not valid, says where (line and column) and what is wrong in words
 * IT staff understand. Node's own messages differ between versions and often give no position.
 * The value always comes from strict JSON.parse; jsonc-parser only locates the first error.
 */
import { getLocation, parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

export type JsonParseResult =
  | { ok: true; value: unknown }
  | { ok: false; line: number; column: number; reason: string };

export function parseJson(text: string): JsonParseResult {
  const withoutBom = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(withoutBom) };
  } catch {
    const { offset, reason } = explainSyntaxError(withoutBom);
    return { ok: false, ...lineAndColumn(withoutBom, offset), reason };
  }
}

/** 1-based, as editors show it. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

function explainSyntaxError(text: string): { offset: number; reason: string } {
  if (text.trim() === '') return { offset: 0, reason: 'the file is empty; write {} to use all defaults' };
  const errors: ParseError[] = [];
  try {
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // jsonc-parser recurses, so absurdly deep nesting overflows the stack: still bad input, no position.
  }
  const first = errors[0];
  return first ? explain(text, first) : { offset: text.length, reason: 'this is not valid JSON' };
}

function explain(text: string, { error, offset }: ParseError): { offset: number; reason: string } {
  const here = text.charAt(offset);
  const found = here === '' ? 'the end of the file' : `'${here}'`;
  const at = (reason: string): { offset: number; reason: string } => ({ offset, reason });
  const code = printParseErrorCode(error);
  switch (code) {
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return at('comments are not allowed in JSON');
    case 'InvalidSymbol': {
      // An unknown word such as a, 'a' or tru; the key/value distinction decides the advice.
      if (/\s/.test(here)) return at('only plain spaces, tabs and line breaks may separate JSON values');
      const isKey = getLocation(text, offset).isAtPropertyKey;
      if (here === "'") return at(`${isKey ? 'keys' : 'text'} must be in double quotes, not single quotes`);
      return at(isKey ? `expected a key in double quotes but found ${found}` : `expected a value but found ${found}`);
    }
    case 'PropertyNameExpected':
    case 'ValueExpected':
      if ((here === '}' || here === ']') && text.slice(0, offset).trimEnd().endsWith(',')) {
        return at(`a comma before ${here} is not allowed`);
      }
      return at(`expected ${code === 'PropertyNameExpected' ? 'a key in double quotes' : 'a value'} but found ${found}`);
    case 'ColonExpected':
      return at(`expected ':' after the key but found ${found}`);
    case 'CommaExpected': {
      const inList = typeof getLocation(text, offset).path.at(-1) === 'number';
      if (!inList && here === '"') return at('a comma is missing before this key');
      return at(`expected ',' or '${inList ? ']' : '}'}' but found ${found}`);
    }
    case 'CloseBraceExpected':
      return at(`expected ',' or '}' but found ${found}`);
    case 'CloseBracketExpected':
      return at(`expected ',' or ']' but found ${found}`);
    case 'EndOfFileExpected':
      return at(`unexpected ${found} after the end of the JSON`);
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return at('this is not a valid number');
    case 'UnexpectedEndOfString':
    case 'InvalidUnicode':
    case 'InvalidEscapeCharacter':
    case 'InvalidCharacter':
      return explainString(text, offset);
    default:
      return at('this is not valid JSON');
  }
}

/**
 * jsonc-parser reports a bad string at its opening quote, with the kind of its *last* problem;
 * JSON.parse stops at the first one, so find that one here.
 */
function explainString(text: string, start: number): { offset: number; reason: string } {
  const goodPart = /"(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*/y;
  goodPart.lastIndex = start;
  goodPart.test(text);
  const offset = goodPart.lastIndex;
  const bad = text.charAt(offset);
  if (bad === '\\') return { offset, reason: 'a backslash in text must be written twice, for example "C:\\\\laiban"' };
  if (bad === '' || bad === '\n' || bad === '\r') {
    return { offset: start, reason: `this text has no closing double quote${bad ? ' before the end of the line' : ''}` };
  }
  return { offset, reason: 'a control character in text must be escaped' };
}
