/**
 * libvosk's C API through koffi (the `vosk` npm binding does not build on Node 20); where libvosk comes from
 * is `find-libvosk.ts`. Strings libvosk returns belong to the recognizer: koffi copies them into JS strings,
 * nothing is freed here.
 */
import fs from 'node:fs';
import path from 'node:path';
import koffi, { type LibraryHandle } from 'koffi';

interface Api {
  setLogLevel(level: number): void;
  modelNew(dir: string): unknown;
  modelFree(model: unknown): void;
  recognizerNew(model: unknown, rate: number): unknown;
  recognizerNewGrm(model: unknown, rate: number, grammar: string): unknown;
  setWords(rec: unknown, words: number): void;
  setPartialWords(rec: unknown, words: number): void;
  setMaxAlternatives(rec: unknown, n: number): void;
  acceptWaveformS(rec: unknown, data: Int16Array, length: number): number;
  result(rec: unknown): string;
  partialResult(rec: unknown): string;
  finalResult(rec: unknown): string;
  reset(rec: unknown): void;
  recognizerFree(rec: unknown): void;
  /** Newer than the npm build: present only in newer libvosk. */
  setGrm?(rec: unknown, grammar: string): void;
}

export class Libvosk {
  private constructor(
    readonly file: string,
    private readonly api: Api,
  ) {}

  static load(file: string): Libvosk {
    let lib: LibraryHandle;
    try {
      lib = koffi.load(file);
    } catch (err) {
      throw new Error(`libvosk ${file} could not be loaded: ${(err as Error).message}`);
    }
    const optional = <T>(make: () => T): T | undefined => {
      try {
        return make();
      } catch {
        return undefined;
      }
    };
    const api: Api = {
      setLogLevel: lib.func('void vosk_set_log_level(int)'),
      modelNew: lib.func('void* vosk_model_new(const char*)'),
      modelFree: lib.func('void vosk_model_free(void*)'),
      recognizerNew: lib.func('void* vosk_recognizer_new(void*, float)'),
      recognizerNewGrm: lib.func('void* vosk_recognizer_new_grm(void*, float, const char*)'),
      setWords: lib.func('void vosk_recognizer_set_words(void*, int)'),
      setPartialWords: lib.func('void vosk_recognizer_set_partial_words(void*, int)'),
      setMaxAlternatives: lib.func('void vosk_recognizer_set_max_alternatives(void*, int)'),
      acceptWaveformS: lib.func('int vosk_recognizer_accept_waveform_s(void*, const int16_t*, int)'),
      result: lib.func('const char* vosk_recognizer_result(void*)'),
      partialResult: lib.func('const char* vosk_recognizer_partial_result(void*)'),
      finalResult: lib.func('const char* vosk_recognizer_final_result(void*)'),
      reset: lib.func('void vosk_recognizer_reset(void*)'),
      recognizerFree: lib.func('void vosk_recognizer_free(void*)'),
      setGrm: optional(() => lib.func('void vosk_recognizer_set_grm(void*, const char*)')),
    };
    api.setLogLevel(-1);
    return new Libvosk(file, api);
  }

  /** Whether this libvosk can change a recognizer's grammar in place (newer than the npm build). */
  get canSetGrammar(): boolean {
    return this.api.setGrm !== undefined;
  }

  /** Opens a model folder; a missing or broken one is an error that says which and why. */
  openModel(dir: string): VoskModel {
    if (!fs.existsSync(dir)) throw new Error(`the speech model ${dir} does not exist (set LAIBAN_VOSK_MODEL or speech.voskModel)`);
    const missing = ['am/final.mdl', 'conf/mfcc.conf'].filter((f) => !fs.existsSync(path.join(dir, f)));
    const model = this.api.modelNew(dir);
    if (!model) throw new Error(`the speech model ${dir} could not be loaded${missing.length ? `: it has no ${missing.join(' or ')}` : ' (libvosk refused it; see the log)'}`);
    return new VoskModel(this.api, model, dir, hasRuntimeGraphs(dir));
  }
}

/**
 * Whether libvosk can decode with a grammar given at run time: it loads HCLG.fst when there is one (and
 * then ignores any grammar), else HCLr.fst with Gr.fst, which a grammar replaces.
 */
function hasRuntimeGraphs(dir: string): boolean {
  const at = (sub: string) => ['', 'graph'].some((d) => fs.existsSync(path.join(dir, d, sub)));
  return !at('HCLG.fst') && at('HCLr.fst') && at('Gr.fst');
}

export class VoskModel {
  private freed = false;
  constructor(
    private readonly api: Api,
    private readonly handle: unknown,
    readonly dir: string,
    /** A grammar restricts what comes out (else libvosk warns and decodes with the model's own graph). */
    readonly takesGrammar: boolean,
  ) {}

  /** A recognizer for 16 kHz audio; with `grammar`, only those phrases (plus "[unk]") can come out. */
  recognizer(options: { grammar?: string[]; words?: boolean } = {}): VoskRecognizer {
    const rec = options.grammar ? this.api.recognizerNewGrm(this.handle, 16000, JSON.stringify(options.grammar)) : this.api.recognizerNew(this.handle, 16000);
    if (!rec) throw new Error(`libvosk could not make a recognizer for ${this.dir}`);
    if (options.words !== false) {
      this.api.setWords(rec, 1);
      this.api.setPartialWords(rec, 1);
    }
    return new VoskRecognizer(this.api, rec);
  }

  free(): void {
    if (this.freed) return;
    this.freed = true;
    this.api.modelFree(this.handle);
  }
}

export interface VoskWord {
  word: string;
  conf: number;
  start: number;
  end: number;
}

export class VoskRecognizer {
  private freed = false;
  constructor(
    private readonly api: Api,
    private readonly handle: unknown,
  ) {}

  /** 16-bit samples; true when an utterance ended (then `result()` has it). */
  accept(samples: Int16Array): boolean {
    return this.api.acceptWaveformS(this.handle, samples, samples.length) === 1;
  }

  result(): { text: string; result?: VoskWord[] } {
    return JSON.parse(this.api.result(this.handle)) as { text: string; result?: VoskWord[] };
  }

  partial(): { partial: string } {
    return JSON.parse(this.api.partialResult(this.handle)) as { partial: string };
  }

  final(): { text: string; result?: VoskWord[] } {
    return JSON.parse(this.api.finalResult(this.handle)) as { text: string; result?: VoskWord[] };
  }

  reset(): void {
    this.api.reset(this.handle);
  }

  free(): void {
    if (this.freed) return;
    this.freed = true;
    this.api.recognizerFree(this.handle);
  }
}
