import { lineAndColumn, parseJson } from '../../core/json-syntax';

describe('parseJson', () => {
  it('parses valid JSON exactly like JSON.parse, also after a byte order mark', () => {
    const text = '{"a": [1, -2.5e3, true, null, "\\u00e5\\n"], "b": {}}';
    expect(parseJson(text)).toEqual({ ok: true, value: JSON.parse(text) });
    expect(parseJson(`\uFEFF${text}`)).toEqual({ ok: true, value: JSON.parse(text) });
  });

  it.each([
    ['a trailing comma in an object', '{\n  "a": 1,\n}', 3, 1, 'a comma before } is not allowed'],
    ['a trailing comma in a list', '{"a": [1, 2, ]}', 1, 14, 'a comma before ] is not allowed'],
    ['a missing comma between keys', '{\n  "a": 1\n  "b": 2\n}', 3, 3, 'a comma is missing before this key'],
    ['a missing value', '{"a": }', 1, 7, "expected a value but found '}'"],
    ['a missing colon', '{"a" 1}', 1, 6, "expected ':' after the key but found '1'"],
    ['single-quoted text', '{"a": \'x\'}', 1, 7, 'text must be in double quotes, not single quotes'],
    ['a single-quoted key', "{'a': 1}", 1, 2, 'keys must be in double quotes, not single quotes'],
    ['an unquoted key', '{a: 1}', 1, 2, "expected a key in double quotes but found 'a'"],
    ['a comment', '{\n  // the name\n  "a": 1\n}', 2, 3, 'comments are not allowed in JSON'],
    ['text left open at the end of a line', '{"a": "x,\n "b": 1}', 1, 7, 'this text has no closing double quote before the end of the line'],
    ['text left open at the end of the file', '{"a": "x', 1, 7, 'this text has no closing double quote'],
    ['a Windows path with single backslashes', '{"dataDir": "C:\\data"}', 1, 16, 'a backslash in text must be written twice, for example "C:\\\\laiban"'],
    ['a number with a leading zero', '{"a": 007}', 1, 8, "expected ',' or '}' but found '0'"],
    ['a cut-off file', '{"a": 1', 1, 8, "expected ',' or '}' but found the end of the file"],
    ['two objects', '{}\n{}', 2, 1, "unexpected '{' after the end of the JSON"],
    ['an empty file', '  \n', 1, 1, 'the file is empty; write {} to use all defaults'],
    ['a missing comma in a list', '{"a": [1 2]}', 1, 10, "expected ',' or ']' but found '2'"],
    ['text left open at the end of a Windows line', '{\r\n  "a": "x,\r\n  "b": 1}', 2, 8, 'this text has no closing double quote before the end of the line'],
    ['a bad backslash after a good one', '{"a": "\\\\ok\\q"}', 1, 12, 'a backslash in text must be written twice, for example "C:\\\\laiban"'],
    ['a tab inside text', '{"a": "x\ty"}', 1, 9, 'a control character in text must be escaped'],
    ['a non-breaking space', '{"a":\u00a01}', 1, 6, 'only plain spaces, tabs and line breaks may separate JSON values'],
  ])('reports %s with line, column and a reason', (_what, text, line, column, reason) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(parseJson(text)).toEqual({ ok: false, line, column, reason });
  });

  it('still answers, without a precise reason, for absurdly deep nesting', () => {
    const text = '['.repeat(200_000);
    expect(parseJson(text)).toMatchObject({ ok: false, line: 1, column: 200_001 });
  });
});

describe('lineAndColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
