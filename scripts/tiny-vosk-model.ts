/**
 * A tiny, valid Vosk model made in the test run (no model can be downloaded here): Kaldi's text format for
 * `am/final.mdl` (a transition model with three one-state phones, and an nnet3 of one affine component on
 * 13 MFCCs), `conf/`, `graph/words.txt`, `graph/phones/word_boundary.int`, and a decoding graph compiled
 * with Debian's libfst-tools. Its words mean nothing: each word is one phone, and the bias makes "ja" the
 * likeliest sound, then "[unk]", then "nej". Loading, partial and final results with word times, resets,
 * runtime grammars and errors run through the real libvosk.
 *
 * Two graph layouts, as Vosk's models have them:
 *  - `static`: one `HCLG.fst` (the big models). Runtime grammars are not possible; libvosk says so.
 *  - `lookahead`: `HCLr.fst` (olabel_lookahead, needs the FST plugins: libfst22-plugins-base), `Gr.fst` (a
 *    word loop) and `disambig_tid.int` (the small models, such as the Swedish one). A grammar replaces Gr.
 * Self-loops are likelier than exits and each word costs 5, so one long word beats endless equal splits
 * (with all costs equal the lattice explodes).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const DIM = 13;
const WORDS = ['ja', 'nej', '[unk]'];
const BIAS = [2, -2, 0];
const WORD_COST = 5;

export type TinyGraph = 'static' | 'lookahead';

export function makeTinyVoskModel(dir: string, graph: TinyGraph = 'static'): string {
  for (const sub of ['am', 'conf', 'graph/phones']) fs.mkdirSync(path.join(dir, sub), { recursive: true });
  writeAcousticModel(dir);
  fs.writeFileSync(path.join(dir, 'conf/mfcc.conf'), '--use-energy=false\n--num-ceps=13\n--num-mel-bins=23\n--sample-frequency=16000\n');
  fs.writeFileSync(
    path.join(dir, 'conf/model.conf'),
    '--min-active=200\n--max-active=3000\n--beam=10.0\n--lattice-beam=2.0\n--acoustic-scale=1.0\n--frame-subsampling-factor=1\n--endpoint.silence-phones=1\n',
  );
  fs.writeFileSync(path.join(dir, 'graph/phones/word_boundary.int'), WORDS.map((_, i) => `${i + 1} singleton\n`).join(''));
  if (graph === 'static') writeStaticGraph(dir);
  else writeLookaheadGraph(dir);
  return dir;
}

function writeAcousticModel(dir: string): void {
  const phones = WORDS.map((_, i) => i + 1);
  const rows = phones.map(() => Array(DIM).fill('0').join(' ')).join('\n');
  fs.writeFileSync(
    path.join(dir, 'am/final.mdl'),
    [
      '<TransitionModel>',
      '<Topology>',
      '<TopologyEntry>',
      '<ForPhones>',
      phones.join(' '),
      '</ForPhones>',
      '<State> 0 <PdfClass> 0 <Transition> 0 0.9 <Transition> 1 0.1 </State>',
      '<State> 1 </State>',
      '</TopologyEntry>',
      '</Topology>',
      `<Tuples> ${phones.length}`,
      ...phones.map((p) => `${p} 0 ${p - 1} ${p - 1}`),
      '</Tuples>',
      '<LogProbs>',
      ` [ 0 ${phones.map(() => '-0.1053605 -2.3025851').join(' ')} ]`,
      '</LogProbs>',
      '</TransitionModel>',
      // Kaldi writes "<Nnet3> " and a newline; the config lines follow, then an empty line.
      '<Nnet3> ',
      `input-node name=input dim=${DIM}`,
      'component-node name=affine1 component=affine1 input=input',
      'output-node name=output input=affine1',
      '',
      '<NumComponents> 1',
      '<ComponentName> affine1 <AffineComponent> <LearningRate> 0.001 <LinearParams> [',
      `${rows} ]`,
      `<BiasParams> [ ${BIAS.join(' ')} ]`,
      '</AffineComponent>',
      '</Nnet3>',
      '<LeftContext> 0 <RightContext> 0 <Priors> [ ]',
      '',
    ].join('\n'),
  );
}

/**
 * Word w is phone w; its transition ids are 2w-1 (self-loop) and 2w (exit). From `home` a word is one frame
 * (the exit alone) or a self-loop into its own state, more self-loops, and the exit back `to`.
 */
function wordArcs(home: number, to: number, firstFree: number, wordCost: number): number[][] {
  return WORDS.flatMap((_, i) => {
    const w = i + 1;
    const own = firstFree + i;
    return [
      [home, to, 2 * w, w, wordCost],
      [home, own, 2 * w - 1, w, wordCost],
      [own, own, 2 * w - 1, 0, 0],
      [own, to, 2 * w, 0, 0],
    ];
  });
}

function writeStaticGraph(dir: string): void {
  fs.writeFileSync(path.join(dir, 'graph/words.txt'), ['<eps> 0', ...WORDS.map((w, i) => `${w} ${i + 1}`), ''].join('\n'));
  const text = `${wordArcs(0, 0, 1, WORD_COST).map((a) => a.join(' ')).join('\n')}\n0\n`;
  fs.writeFileSync(path.join(dir, 'graph/HCLG.txt'), text);
  execFileSync('fstcompile', [path.join(dir, 'graph/HCLG.txt'), path.join(dir, 'graph/HCLG.fst')]);
}

function writeLookaheadGraph(dir: string): void {
  const g = (name: string) => path.join(dir, 'graph', name);
  fs.writeFileSync(g('HCL.txt'), `${wordArcs(0, 0, 1, 0).map((a) => a.join(' ')).join('\n')}\n0\n`);
  execFileSync('fstcompile', [g('HCL.txt'), g('HCL.fst')]);
  execFileSync('fstarcsort', ['--sort_type=olabel', g('HCL.fst'), g('HCL.sorted.fst')]);
  runWithFstPlugins('fstconvert', ['--fst_type=olabel_lookahead', `--save_relabel_opairs=${g('relabel')}`, g('HCL.sorted.fst'), g('HCLr.fst')]);
  // The lookahead conversion may renumber the words: words.txt and Gr.fst must speak its numbers.
  const relabel = new Map(
    fs
      .readFileSync(g('relabel'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(/\s+/).map(Number) as [number, number]),
  );
  const id = (w: number) => relabel.get(w) ?? w;
  fs.writeFileSync(g('words.txt'), ['<eps> 0', ...WORDS.map((w, i) => `${w} ${id(i + 1)}`), ''].join('\n'));
  fs.writeFileSync(g('Gr.txt'), `${WORDS.map((_, i) => `0 0 ${id(i + 1)} ${id(i + 1)} ${WORD_COST}`).join('\n')}\n0\n`);
  execFileSync('fstcompile', [g('Gr.txt'), g('Gr.unsorted.fst')]);
  execFileSync('fstarcsort', ['--sort_type=ilabel', g('Gr.unsorted.fst'), g('Gr.fst')]);
  fs.writeFileSync(g('disambig_tid.int'), ''); // one phone per word: no homophones to tell apart
  for (const f of ['HCL.txt', 'HCL.fst', 'HCL.sorted.fst', 'Gr.txt', 'Gr.unsorted.fst']) fs.rmSync(g(f));
}

/** OpenFst finds `olabel_lookahead-fst.so` only on the library path; Debian puts it under fst/<version>/. */
function runWithFstPlugins(program: string, args: string[]): void {
  const dirs = ['/usr/lib', '/usr/local/lib', ...safeList('/usr/lib').filter((d) => d.includes('-linux-')).map((d) => path.join('/usr/lib', d))]
    .flatMap((lib) => safeList(path.join(lib, 'fst')).map((v) => path.join(lib, 'fst', v)).concat(path.join(lib, 'fst')))
    .filter((d) => fs.existsSync(path.join(d, 'olabel_lookahead-fst.so')));
  if (dirs.length === 0) throw new Error('the OpenFst lookahead plugin (olabel_lookahead-fst.so) is missing: apt-get install libfst22-plugins-base');
  const env = { ...process.env, LD_LIBRARY_PATH: [...dirs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':') };
  execFileSync(program, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
}

function safeList(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}
