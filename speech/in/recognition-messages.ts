/** What crosses between the robot's thread and the recognition worker, checked on both sides. */
import { z } from 'zod';

const grammarWords = z.strictObject({ words: z.array(z.string().min(1)), stems: z.array(z.string().min(1)) });

export const recognitionSetup = z.strictObject({
  libvosk: z.string().min(1),
  modelDir: z.string().min(1),
  /** Grammar mode: only these words (and "[unk]") can be heard; without it, free dictation. */
  grammar: grammarWords.optional(),
});
export type RecognitionSetup = z.infer<typeof recognitionSetup>;

export const toRecogniser = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('recognise'), id: z.int(), samples: z.instanceof(Int16Array) }),
  /** Audio of the utterance being spoken, decoded as it comes; `finish` ends the utterance. */
  z.strictObject({ type: z.literal('feed'), samples: z.instanceof(Int16Array) }),
  z.strictObject({ type: z.literal('finish'), id: z.int() }),
  /** A new grammar (the children on the panel changed): a new recognizer between utterances. */
  z.strictObject({ type: z.literal('grammar'), id: z.int(), grammar: grammarWords.optional() }),
  z.strictObject({ type: z.literal('close') }),
]);
export type ToRecogniser = z.infer<typeof toRecogniser>;

const heardWord = z.strictObject({ word: z.string(), conf: z.number(), start: z.number(), end: z.number() });

/** How the recogniser listens: to a grammar (how many words; how many of the vocabulary the model lacks), or freely (and why). */
export const recognitionMode = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('grammar'), words: z.int(), notInModel: z.int() }),
  z.strictObject({ kind: z.literal('dictation'), why: z.string() }),
]);
export type RecognitionMode = z.infer<typeof recognitionMode>;

export const fromRecogniser = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready'), loadMs: z.number(), mode: recognitionMode }),
  z.strictObject({ type: z.literal('failed'), error: z.string() }),
  z.strictObject({ type: z.literal('heard'), id: z.int(), text: z.string(), words: z.array(heardWord), ms: z.number() }),
  z.strictObject({ type: z.literal('not-heard'), id: z.int(), error: z.string() }),
  z.strictObject({ type: z.literal('grammar-set'), id: z.int(), mode: recognitionMode }),
  z.strictObject({ type: z.literal('grammar-failed'), id: z.int(), error: z.string() }),
  /** The words so far of the utterance being fed (sent when they change). */
  z.strictObject({ type: z.literal('partial'), text: z.string() }),
]);
export type FromRecogniser = z.infer<typeof fromRecogniser>;
