/**
 * Reads the data of a JavaScript object literal from a page script without running it: acorn parses the
 * script, and only plain data nodes are turned into values (objects, arrays, strings, numbers, booleans,
 * null, `-n`, templates without `${}`, and `new Date(<number>)`). Anything else — an identifier, a call,
 * a member access, a function — makes the literal unreadable, so nothing from upstream is ever evaluated.
 */
import { type Expression, type Node, parse, type Property, type SpreadElement, type Statement } from 'acorn';

/** `new Date(<epoch ms>)` as written, kept apart from numbers so a schema can ask for a date. */
export class JsDateLiteral {
  constructor(readonly epochMs: number) {}
}

export type JsValue = string | number | boolean | null | JsDateLiteral | JsValue[] | { [key: string]: JsValue };

export type LiteralResult = { ok: true; value: JsValue } | { ok: false; detail: string };

const MAX_DEPTH = 64;

/** The object literal the script first assigns (`var|let|const x = {…}` or `x.y = {…}`). */
export function readAssignedObjectLiteral(script: string): LiteralResult {
  let statements: Statement[];
  try {
    statements = parse(script, { ecmaVersion: 'latest', sourceType: 'script' }).body as Statement[];
  } catch (err) {
    return { ok: false, detail: `the script is not JavaScript (${(err as Error).message})` };
  }
  const literal = statements.map(assignedObject).find((node) => node !== undefined);
  if (!literal) return { ok: false, detail: 'the script assigns no object literal' };
  return valueOf(literal, script, 0);
}

function assignedObject(statement: Statement): Expression | undefined {
  if (statement.type === 'VariableDeclaration') {
    return statement.declarations.find((declarator) => declarator.init?.type === 'ObjectExpression')?.init ?? undefined;
  }
  if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression') {
    const { operator, right } = statement.expression;
    return operator === '=' && right.type === 'ObjectExpression' ? right : undefined;
  }
  return undefined;
}

function valueOf(node: Expression | SpreadElement | null, source: string, depth: number): LiteralResult {
  if (node === null) return { ok: false, detail: 'the literal has an empty array slot' };
  if (depth > MAX_DEPTH) return refuse(node, source, `is nested deeper than ${MAX_DEPTH} levels`);
  switch (node.type) {
    case 'Literal':
      if (node.regex !== undefined || node.bigint !== undefined) return refuse(node, source, 'is not plain data');
      return { ok: true, value: node.value as string | number | boolean | null };
    case 'TemplateLiteral': {
      const cooked = node.quasis[0]?.value.cooked;
      if (node.expressions.length > 0 || typeof cooked !== 'string') return refuse(node, source, 'is a template with ${…}');
      return { ok: true, value: cooked };
    }
    case 'UnaryExpression':
      if (node.operator === '-' && node.argument.type === 'Literal' && typeof node.argument.value === 'number') {
        return { ok: true, value: -node.argument.value };
      }
      return refuse(node, source, 'is an operation, not a value');
    case 'NewExpression': {
      const [argument, ...rest] = node.arguments;
      const isDate = node.callee.type === 'Identifier' && node.callee.name === 'Date';
      if (isDate && rest.length === 0 && argument?.type === 'Literal' && typeof argument.value === 'number') {
        return { ok: true, value: new JsDateLiteral(argument.value) };
      }
      return refuse(node, source, 'is not new Date(<number>)');
    }
    case 'ArrayExpression': {
      const items: JsValue[] = [];
      for (const element of node.elements) {
        const item = valueOf(element, source, depth + 1);
        if (!item.ok) return item;
        items.push(item.value);
      }
      return { ok: true, value: items };
    }
    case 'ObjectExpression': {
      const object: { [key: string]: JsValue } = {};
      for (const property of node.properties) {
        if (property.type !== 'Property') return refuse(property, source, 'is a spread, not a property');
        const key = keyOf(property);
        if (key === undefined) return refuse(property, source, 'is not a plain `key: value` property');
        const value = valueOf(property.value as Expression, source, depth + 1);
        if (!value.ok) return value;
        // defineProperty, because assigning a "__proto__" key would change the object's prototype.
        Object.defineProperty(object, key, { value: value.value, enumerable: true, writable: true, configurable: true });
      }
      return { ok: true, value: object };
    }
    default:
      return refuse(node, source, 'is code, not data');
  }
}

function keyOf(property: Property): string | undefined {
  if (property.kind !== 'init' || property.method || property.shorthand || property.computed) return undefined;
  if (property.key.type === 'Identifier') return property.key.name;
  if (property.key.type === 'Literal' && (typeof property.key.value === 'string' || typeof property.key.value === 'number')) {
    return String(property.key.value);
  }
  return undefined;
}

function refuse(node: Node, source: string, why: string): LiteralResult {
  const text = source.slice(node.start, node.end).replace(/\s+/g, ' ');
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return { ok: false, detail: `${node.type} \`${shown}\` at offset ${node.start} ${why}` };
}
