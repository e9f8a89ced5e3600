import { JsDateLiteral, readAssignedObjectLiteral } from '../../../bridge/adapters/lunch/js-object-literal';

describe('reading a JavaScript object literal without running it', () => {
  it('reads quoted and bare keys, nested arrays, negative numbers, templates and dates', () => {
    const result = readAssignedObjectLiteral(
      'var weekMenus = { Weeks: [ { "WeekNumber": 43, n: -1.5, t: `Fisk`, ok: true, none: null, d: new Date(1792706400000) } ] };',
    );
    expect(result).toEqual({
      ok: true,
      value: { Weeks: [{ WeekNumber: 43, n: -1.5, t: 'Fisk', ok: true, none: null, d: new JsDateLiteral(1792706400000) }] },
    });
  });

  it('finds the first statement that assigns an object literal, by declaration or assignment', () => {
    const result = readAssignedObjectLiteral('window.dataLayer = window.dataLayer || [];\nwindow.menu = { a: 1 };\nvar later = { b: 2 };');
    expect(result).toEqual({ ok: true, value: { a: 1 } });
  });

  it('keeps a "__proto__" key as data, without changing the prototype', () => {
    const result = readAssignedObjectLiteral('const x = { "__proto__": { polluted: true } };');
    if (!result.ok) throw new Error(result.detail);
    const value = result.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['a getter', 'var x = { get a() { return 1 } };', /^Property `get a\(\) \{ return 1 \}` at offset \d+ is not a plain `key: value` property$/],
    ['a method', 'var x = { a() {} };', /^Property `a\(\) \{\}` .* is not a plain/],
    ['a computed key', 'var x = { [k]: 1 };', /^Property `\[k\]: 1` .* is not a plain/],
    ['a shorthand property', 'var x = { a };', /^Property `a` .* is not a plain/],
    ['a spread', 'var x = { ...y };', /^SpreadElement `\.\.\.y` .* is a spread, not a property$/],
    ['an array spread', 'var x = { a: [...y] };', /^SpreadElement/],
    ['an array hole', 'var x = { a: [1,,2] };', /^the literal has an empty array slot$/],
    ['a regular expression', 'var x = { a: /x/ };', /^Literal `\/x\/` .* is not plain data$/],
    ['a template with an expression', 'var x = { a: `${y}` };', /^TemplateLiteral .* is a template with \$\{…\}$/],
    ['a function', 'var x = { a: function () { return 1 } };', /^FunctionExpression .* is code, not data$/],
    ['an arrow function', 'var x = { a: () => 1 };', /^ArrowFunctionExpression .* is code, not data$/],
    ['a negated identifier', 'var x = { a: -y };', /^UnaryExpression `-y` .* is an operation, not a value$/],
    ['typeof', 'var x = { a: typeof y };', /^UnaryExpression/],
    ['a binary expression', 'var x = { a: 1 + 2 };', /^BinaryExpression `1 \+ 2`/],
    ['new Date with two arguments', 'var x = { a: new Date(1, 2) };', /^NewExpression .* is not new Date\(<number>\)$/],
  ])('refuses %s', (_what, script, detail) => {
    const result = readAssignedObjectLiteral(script);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.detail).toMatch(detail);
  });

  it('refuses a script that assigns no object literal', () => {
    expect(readAssignedObjectLiteral('var x = 1; f({ a: 1 });')).toEqual({ ok: false, detail: 'the script assigns no object literal' });
  });

  it('refuses nesting deeper than it reads', () => {
    const deep = `var x = ${'{a:'.repeat(80)}1${'}'.repeat(80)};`;
    const result = readAssignedObjectLiteral(deep);
    expect(!result.ok && result.detail).toMatch(/is nested deeper than 64 levels$/);
  });
});
