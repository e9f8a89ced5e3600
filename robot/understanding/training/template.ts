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

/**
 * The templates parsed last: training expands each template many times in a row. Bounded, so a robot
 * that trained its need scorer once does not keep every template's tree for the rest of the day (3 MB).
 */
const parsed = new Map<string, Node[]>();
const PARSED_KEPT = 256;

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
    if (parsed.size > PARSED_KEPT) parsed.delete(parsed.keys().next().value!);
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

/**
 * What a node sequence can spell, in pieces: `wholes` are expansions with no space in them; for the others,
 * `leads` and `trails` are the word pieces at either edge (they may join a neighbour: "lunch(en|)") and
 * `inner` the words between. Pieces from different expansions are combined freely, so this can only ever
 * say too many words, never too few.
 */
interface Spelling {
  wholes: Set<string>;
  leads: Set<string>;
  trails: Set<string>;
  inner: Set<string>;
}

const MAX_WHOLES = 5000;

function spellText(text: string): Spelling {
  const parts = text.split(/\s+/);
  if (parts.length === 1) return { wholes: new Set([text]), leads: new Set(), trails: new Set(), inner: new Set() };
  return { wholes: new Set(), leads: new Set([parts[0]!]), trails: new Set([parts[parts.length - 1]!]), inner: new Set(parts.slice(1, -1)) };
}

function spellConcat(a: Spelling, b: Spelling): Spelling {
  const cross = (xs: Set<string>, ys: Set<string>) => {
    const out = new Set<string>();
    for (const x of xs) for (const y of ys) if (out.size < MAX_WHOLES) out.add(x + y);
    return out;
  };
  return {
    wholes: cross(a.wholes, b.wholes),
    leads: new Set([...a.leads, ...cross(a.wholes, b.leads)]),
    trails: new Set([...b.trails, ...cross(a.trails, b.wholes)]),
    inner: new Set([...a.inner, ...b.inner, ...cross(a.trails, b.leads)]),
  };
}

function spellUnion(spellings: Spelling[]): Spelling {
  const union = (key: keyof Spelling) => new Set(spellings.flatMap((s) => [...s[key]]));
  return { wholes: union('wholes'), leads: union('leads'), trails: union('trails'), inner: union('inner') };
}

/** Every word a template can produce, slot values included (as written: digits stay digits). */
export function templateWords(template: string, lang: Lang, lists: SlotLists): Set<string> {
  const seq = (nodes: readonly Node[]): Spelling => nodes.map(node).reduce(spellConcat, spellText(''));
  const node = (n: Node): Spelling => {
    if (n.kind === 'text') return spellText(n.text);
    if (n.kind === 'choice') return spellUnion(n.alternatives.map(seq));
    if (n.kind === 'optional') return spellUnion([spellText(''), ...n.alternatives.map(seq)]);
    return spellUnion((lists[n.name]?.[lang] ?? []).map(spellText));
  };
  const all = seq(parsedTemplate(template));
  return new Set([...all.wholes, ...all.leads, ...all.trails, ...all.inner].filter(Boolean));
}
