/** Problems found in a config file, worded for the IT staff who wrote it: key, what is wrong, a right example. */
import type { z } from 'zod';
import { closestName } from './closest-name';
import { CONFIG_KEYS, EXAMPLE_FILE_SNIPPET, exampleFor, keysInside } from './examples';

export interface ConfigProblem {
  /** Dotted key such as "speech.engine"; "" when the problem is the whole file. */
  key: string;
  /** A complete line: the key, what is wrong, and an example of a right value. */
  message: string;
  /** A right value, e.g. `"speech.engine": "espeak-ng"`. */
  example: string;
}

/** A problem, and the path of the value in the file that must be dropped so its default is used. */
export interface BadValue {
  problem: ConfigProblem;
  path: string[];
}

type Issue = z.core.$ZodIssue;

export function formatProblems(problems: readonly ConfigProblem[]): string {
  return problems.map((problem) => problem.message).join('\n');
}

export function fileProblem(file: string, what: string): ConfigProblem {
  return {
    key: '',
    message: `${file}: ${what}; all keys use their defaults (example: ${EXAMPLE_FILE_SNIPPET})`,
    example: EXAMPLE_FILE_SNIPPET,
  };
}

function keyProblem(key: string, what: string, example: string): ConfigProblem {
  return { key, message: `${key}: ${what} (example: ${example})`, example };
}

export function describeIssue(issue: Issue, input: unknown): BadValue[] {
  if (issue.code === 'unrecognized_keys') {
    const section = issue.path.map(String);
    return issue.keys.map((name) => ({ problem: unknownKeyProblem(section, name), path: [...section, name] }));
  }
  // A key's value is replaced as a whole, so a bad item in a list drops the whole list.
  const firstIndex = issue.path.findIndex((segment) => typeof segment !== 'string');
  const keyPath = (firstIndex === -1 ? issue.path : issue.path.slice(0, firstIndex)).map(String);
  const key = keyPath.join('.');
  const value = valueAt(input, issue.path);
  const item = firstIndex === -1 ? '' : ` (item ${Number(issue.path[firstIndex]) + 1})`;
  const meant = probablyMeant(issue, value);
  const example = meant === undefined ? exampleFor(key) : `"${key}": ${JSON.stringify(meant)}`;
  return [{ problem: keyProblem(key, `${render(value)}${item} ${whatIsWrong(issue, value)}`, example), path: keyPath }];
}

/** The right value closest to a mistyped one ("espeek" → "espeak-ng"); it becomes the example. */
function probablyMeant(issue: Issue, value: unknown): string | undefined {
  if (issue.code === 'invalid_value' && typeof value === 'string') return closestName(value, issue.values.map(String));
  if (issue.code === 'custom' && typeof issue.params?.suggestion === 'string') return issue.params.suggestion;
  return undefined;
}

function unknownKeyProblem(section: string[], name: string): ConfigProblem {
  const sectionKey = section.join('.');
  const key = [...section, name].join('.');
  const siblings = keysInside(sectionKey);
  const sibling = closestName(name, siblings);
  if (sibling !== undefined) {
    const suggested = sectionKey === '' ? sibling : `${sectionKey}.${sibling}`;
    return keyProblem(key, `unknown key; did you mean "${sibling}"?`, exampleFor(suggested));
  }
  const elsewhere = keyAtAnotherLevel(name);
  if (elsewhere !== undefined) {
    const parts = elsewhere.split('.');
    const where = parts.length === 1 ? 'at the top level' : `inside "${parts.slice(0, -1).join('.')}"`;
    return keyProblem(key, `unknown key; did you mean "${parts[parts.length - 1]}" ${where}?`, exampleFor(elsewhere));
  }
  const here = sectionKey === '' ? 'at the top level' : `inside "${sectionKey}"`;
  const firstSibling = siblings[0]!;
  return keyProblem(
    key,
    `unknown key; the keys ${here} are ${siblings.join(', ')}`,
    exampleFor(sectionKey === '' ? firstSibling : `${sectionKey}.${firstSibling}`),
  );
}

/** "engine" written at the top level was meant to be "speech.engine". */
function keyAtAnotherLevel(name: string): string | undefined {
  const allKeys = new Set(CONFIG_KEYS.flatMap((key) => key.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'))));
  const byLastName = new Map<string, string>();
  for (const key of allKeys) byLastName.set(key.split('.').pop()!, key);
  const match = closestName(name, [...byLastName.keys()]);
  return match === undefined ? undefined : byLastName.get(match);
}

function whatIsWrong(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return notOfType(issue.expected, value);
    case 'invalid_value':
      return `is not one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string') return 'is empty';
      if (issue.origin === 'array') return `has fewer than ${issue.minimum} items`;
      return `is less than ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `is longer than ${issue.maximum} characters`;
      if (issue.origin === 'array') return `has more than ${issue.maximum} items`;
      return `is more than ${issue.maximum}`;
    default:
      return issue.message;
  }
}

function notOfType(expected: string, value: unknown): string {
  const quotedNumber = typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value));
  switch (expected) {
    case 'string':
      return 'is not text';
    case 'number':
      return quotedNumber ? 'is not a number; write numbers without quotes' : 'is not a number';
    case 'int':
      if (typeof value === 'number') return 'is not a whole number';
      return quotedNumber ? 'is not a whole number; write numbers without quotes' : 'is not a whole number';
    case 'boolean':
      return 'is not true or false';
    case 'array':
      return 'is not a list';
    case 'object':
      return 'is not an object';
    default:
      return `is not of type ${expected}`;
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function render(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}
