/**
 * A tiny, valid Vosk model made in the test run (no model can be downloaded here): Kaldi's text format for
 * `am/final.mdl` (a transition model with two one-state phones, and an nnet3 of one affine component on
 * 13 MFCCs), `conf/`, `graph/words.txt`, `graph/phones/word_boundary.int`, and `graph/HCLG.fst` compiled
 * with Debian's libfst-tools (`fstcompile`). Its words mean nothing ("ja" always wins, by the bias), but
 * loading, partial and final results with word times, resets and errors run through the real libvosk.
 * Self-loops are likelier than exits and each word costs 5, so one long word beats endless equal splits
 * (with all costs equal the lattice explodes).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const DIM = 13;

export function makeTinyVoskModel(dir: string): string {
  for (const sub of ['am', 'conf', 'graph/phones']) fs.mkdirSync(path.join(dir, sub), { recursive: true });
  const rows = [0, 1].map(() => Array(DIM).fill('0').join(' ')).join('\n');
  fs.writeFileSync(
    path.join(dir, 'am/final.mdl'),
    [
      '<TransitionModel>',
      '<Topology>',
      '<TopologyEntry>',
      '<ForPhones>',
      '1 2',
      '</ForPhones>',
      '<State> 0 <PdfClass> 0 <Transition> 0 0.9 <Transition> 1 0.1 </State>',
      '<State> 1 </State>',
      '</TopologyEntry>',
      '</Topology>',
      '<Tuples> 2',
      '1 0 0 0',
      '2 0 1 1',
      '</Tuples>',
      '<LogProbs>',
      ' [ 0 -0.1053605 -2.3025851 -0.1053605 -2.3025851 ]',
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
      '<BiasParams> [ 2 -2 ]',
      '</AffineComponent>',
      '</Nnet3>',
      '<LeftContext> 0 <RightContext> 0 <Priors> [ ]',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(path.join(dir, 'conf/mfcc.conf'), '--use-energy=false\n--num-ceps=13\n--num-mel-bins=23\n--sample-frequency=16000\n');
  fs.writeFileSync(
    path.join(dir, 'conf/model.conf'),
    '--min-active=200\n--max-active=3000\n--beam=10.0\n--lattice-beam=2.0\n--acoustic-scale=1.0\n--frame-subsampling-factor=1\n--endpoint.silence-phones=1\n',
  );
  fs.writeFileSync(path.join(dir, 'graph/words.txt'), '<eps> 0\nja 1\nnej 2\n');
  fs.writeFileSync(path.join(dir, 'graph/phones/word_boundary.int'), '1 singleton\n2 singleton\n');
  // Transition ids: phone 1 self-loop 1, exit 2; phone 2 self-loop 3, exit 4. State 0 starts and ends.
  const arcs = [
    [0, 1, 2, 1, 0], [0, 2, 1, 1, 0], [2, 2, 1, 0, 0], [2, 1, 2, 0, 0],
    [0, 1, 4, 2, 0], [0, 3, 3, 2, 0], [3, 3, 3, 0, 0], [3, 1, 4, 0, 0],
    [1, 0, 0, 0, 5],
  ];
  const text = `${arcs.map((a) => a.join(' ')).join('\n')}\n0\n1\n`;
  fs.writeFileSync(path.join(dir, 'graph/HCLG.txt'), text);
  execFileSync('fstcompile', [path.join(dir, 'graph/HCLG.txt'), path.join(dir, 'graph/HCLG.fst')]);
  return dir;
}
