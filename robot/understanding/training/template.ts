import type { Lang } from '../../../core/languages';
import type { Rng } from '../random';

/**
 * A tiny template language for training utterances:
 *   (a|b|c)  one of the alternatives (an empty one is allowed: "(snälla|)")
 *   [x|y]    nothing half the time, else one of the alternatives
 *   {slot}   a value from the named list ({date}, {meal}, {child}…)
 * Groups nest: "(vad|va) ska (jag|vi) ha [på (mig|oss)] {date}".
 */
type Node = { kind: 'text'; text: string } | { kind: 'choice'; alternatives: Node[][] } | { kind: 'optional'; alternatives: Node[][] } | { kind: 'slot'; name: string };

export type SlotLists = Readonly<Record<string, Readonly<Record<Lang, readonly string[]>>>>;

const parsed = new Map<string, Node[]>();

function parse(template: string): Node[] {
  let pos = 0;
  const seq = (closers: string): Node[][] => {
    const alternatives: Node[][] = [[]];
    let text = '';
    const flush = () => {
      if (text) alternatives[alternatives.length - 1]!.push({ kind: 'text', text });
      text = '';
    };
    while (pos < template.length) {
      const c = template[pos]!;
      if (closers.includes(c)) break;
      pos++;
      if (c === '|' && closers !== '') {
        flush();
        alternatives.push([]);
      } else if (c === '(') {
        flush();
        const alts = seq(')');
        if (template[pos++] !== ')') throw new Error(`template "${template}": missing )`);
        alternatives[alternatives.length - 1]!.push({ kind: 'choice', alternatives: alts });
      } else if (c === '[') {
        flush();
        const body = seq(']');
        if (template[pos++] !== ']') throw new Error(`template "${template}": missing ]`);
        alternatives[alternatives.length - 1]!.push({ kind: 'optional', alternatives: body });
      } else if (c === '{') {
        flush();
        const end = template.indexOf('}', pos);
        if (end < 0) throw new Error(`template "${template}": missing }`);
        alternatives[alternatives.length - 1]!.push({ kind: 'slot', name: template.slice(pos, end) });
        pos = end + 1;
      } else {
        text += c;
      }
    }
    flush();
    return alternatives;
  };
  const top = seq('');
  if (pos < template.length) throw new Error(`template "${template}": unexpected "${template[pos]}"`);
  return top.flat();
}

function parsedTemplate(template: string): Node[] {
  let nodes = parsed.get(template);
  if (!nodes) {
    nodes = parse(template);
    parsed.set(template, nodes);
  }
  return nodes;
}

/** One random utterance from a template, with single spaces. Throws on an unknown slot name. */
export function expandTemplate(template: string, lang: Lang, lists: SlotLists, rng: Rng): string {
  const out: string[] = [];
  const walk = (nodes: readonly Node[]): void => {
    for (const node of nodes) {
      if (node.kind === 'text') out.push(node.text);
      else if (node.kind === 'choice') walk(rng.pick(node.alternatives));
      else if (node.kind === 'optional') {
        if (rng.chance(0.5)) walk(rng.pick(node.alternatives));
      } else {
        const values = lists[node.name]?.[lang];
        if (!values || values.length === 0) throw new Error(`template "${template}": no values for {${node.name}} in ${lang}`);
        out.push(rng.pick(values));
      }
    }
  };
  walk(parsedTemplate(template));
  return out.join('').replace(/\s+/g, ' ').trim();
}

/** The slot names a template uses, to check templates against the lists in tests. */
export function templateSlots(template: string): string[] {
  const names: string[] = [];
  const walk = (nodes: readonly Node[]): void => {
    for (const node of nodes) {
      if (node.kind === 'choice' || node.kind === 'optional') node.alternatives.forEach(walk);
      else if (node.kind === 'slot') names.push(node.name);
    }
  };
  walk(parsedTemplate(template));
  return names;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regular expression matching exactly the utterances a template can produce (spaces loosened), to tell
 * whether a sentence from elsewhere (the out-of-scope corpus) is one a skill claims.
 */
export function templateRegExp(template: string, lang: Lang, lists: SlotLists): RegExp {
  const walk = (nodes: readonly Node[]): string =>
    nodes
      .map((node) => {
        if (node.kind === 'text') return escapeRegExp(node.text).replace(/ +/g, ' *');
        if (node.kind === 'choice') return `(?:${node.alternatives.map(walk).join('|')})`;
        if (node.kind === 'optional') return `(?:${node.alternatives.map(walk).join('|')})?`;
        const values = lists[node.name]?.[lang] ?? [];
        return `(?:${values.map((v) => escapeRegExp(v)).join('|')})`;
      })
      .join('');
  return new RegExp(`^ *${walk(parsedTemplate(template))} *$`, 'u');
}
