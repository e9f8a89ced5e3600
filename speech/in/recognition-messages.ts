/** What crosses between the robot's thread and the recognition worker, checked on both sides. */
import { z } from 'zod';

export const recognitionSetup = z.strictObject({ libvosk: z.string().min(1), modelDir: z.string().min(1) });
export type RecognitionSetup = z.infer<typeof recognitionSetup>;

export const toRecogniser = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('recognise'), id: z.int(), samples: z.instanceof(Int16Array) }),
  z.strictObject({ type: z.literal('close') }),
]);
export type ToRecogniser = z.infer<typeof toRecogniser>;

const heardWord = z.strictObject({ word: z.string(), conf: z.number(), start: z.number(), end: z.number() });

export const fromRecogniser = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready'), loadMs: z.number() }),
  z.strictObject({ type: z.literal('failed'), error: z.string() }),
  z.strictObject({ type: z.literal('heard'), id: z.int(), text: z.string(), words: z.array(heardWord), ms: z.number() }),
  z.strictObject({ type: z.literal('not-heard'), id: z.int(), error: z.string() }),
]);
export type FromRecogniser = z.infer<typeof fromRecogniser>;
