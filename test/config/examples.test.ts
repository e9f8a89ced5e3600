import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_EXAMPLES, CONFIG_KEYS, exampleConfigFile, exampleFor, keysInside } from '../../config/examples';
import { loadConfig } from '../../config/load';
import { useTempDir, writeFile } from './temp-files';

const tempDir = useTempDir();
const README = fs.readFileSync(path.join(__dirname, '..', '..', 'config', 'README.md'), 'utf8');

function problemsOf(content: object | string): string[] {
  const file = writeFile(tempDir(), 'laiban.json', content);
  return loadConfig({ path: file, env: {}, cwd: tempDir() }).problems.map((problem) => problem.message);
}

function dottedKeys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([name, inner]) => dottedKeys(inner, prefix === '' ? name : `${prefix}.${name}`));
}

describe('config examples', () => {
  it.each(CONFIG_KEYS)('the example for %s is a right value', (key) => {
    const parts = key.split('.');
    const file = parts.reduceRight<unknown>((inner, name) => ({ [name]: inner }), CONFIG_EXAMPLES[key]) as object;
    expect(problemsOf(file)).toEqual([]);
  });

  it('put together, make a file that sets every key with no problems', () => {
    expect(dottedKeys(exampleConfigFile()).sort()).toEqual([...CONFIG_KEYS].sort());
    expect(problemsOf(exampleConfigFile())).toEqual([]);
  });

  it('are shown as a key and a JSON value, and a section by its first key', () => {
    expect(exampleFor('speech.engine')).toBe('"speech.engine": "espeak-ng"');
    expect(exampleFor('skills.disabled')).toBe('"skills.disabled": ["lunch_feedback"]');
    expect(exampleFor('speech')).toBe('"speech": {"engine": "espeak-ng"}');
    expect(exampleFor('speech.voices')).toBe('"speech.voices": {"sv": "sv"}');
    expect(() => exampleFor('nonsense')).toThrow(/unknown config key/);
  });

  it('know which keys each section holds', () => {
    expect(keysInside('')).toEqual(['language', 'timeZone', 'robotName', 'children', 'dataDir', 'skills', 'conversation', 'understanding', 'speech', 'log', 'location', 'weather', 'lunch', 'bridge', 'panel', 'retention', 'body', 'safeguarding', 'admin']);
    expect(keysInside('bridge')).toEqual(['url', 'token']);
    expect(keysInside('speech.voices')).toEqual(['sv', 'en']);
  });
});

describe('config/README.md', () => {
  it.each(CONFIG_KEYS)('documents %s in the key table', (key) => {
    expect(README).toContain(`| \`${key}\` |`);
  });

  it('has a complete example that sets every key and has no problems', () => {
    const block = /```json\n([\s\S]*?)```/.exec(README)?.[1];
    expect(block).toBeDefined();
    const example = JSON.parse(block!) as object;
    expect(dottedKeys(example).sort()).toEqual([...CONFIG_KEYS].sort());
    expect(problemsOf(block!)).toEqual([]);
  });
});
