/**
 * The body protocol's messages as schemas over a line's arguments; each message type is derived from
 * its schema. Host → body: commands. Body → host: events.
 */
import { z } from 'zod';
import type { RawLine } from './line';

export const PROTOCOL_VERSION = 1;

export const FACES = ['neutral', 'happy', 'thinking', 'sad', 'surprised', 'listening', 'sleeping'] as const;
export const RING_ANIMATIONS = ['solid', 'breathe', 'pulse', 'spin', 'off'] as const;
export const HEAD_GESTURES = ['nod', 'shake', 'still'] as const;

const percent = z.string().regex(/^\d{1,3}$/).transform(Number).pipe(z.number().int().min(0).max(100));
const keyValue = (key: string) => z.string().regex(new RegExp(`^${key}=[!-)+-~]*$`)).transform((s) => s.slice(key.length + 1));
const protoNumber = keyValue('proto').pipe(z.string().regex(/^\d{1,3}$/)).transform(Number);

/** Host → body. */
export const COMMANDS = {
  HELLO: z.tuple([protoNumber]).transform(([proto]) => ({ proto })),
  FACE: z.tuple([z.enum(FACES)]).transform(([face]) => ({ face })),
  MOUTH: z.tuple([percent]).transform(([open]) => ({ open })),
  RING: z.tuple([z.string().regex(/^[0-9a-f]{6}$/), z.enum(RING_ANIMATIONS)]).transform(([colour, animation]) => ({ colour, animation })),
  HEAD: z.tuple([z.enum(HEAD_GESTURES)]).transform(([gesture]) => ({ gesture })),
  BRIGHT: z.tuple([percent]).transform(([level]) => ({ level })),
} as const;

/** Body → host. */
export const EVENTS = {
  HELLO: z
    .tuple([protoNumber, keyValue('fw'), keyValue('caps')])
    .transform(([proto, firmware, caps]) => ({ proto, firmware, capabilities: caps === '' ? [] : caps.split(',') })),
  ACK: z.tuple([z.string().regex(/^\d{1,5}$/).transform(Number)]).transform(([of]) => ({ of })),
  NAK: z.tuple([z.string().regex(/^\d{1,5}$/).transform(Number), z.string()]).transform(([of, reason]) => ({ of, reason })),
  BTN: z.tuple([z.enum(['down', 'up'])]).transform(([state]) => ({ state })),
  TOUCH: z.tuple([z.string()]).transform(([zone]) => ({ zone })),
  BEAT: z.tuple([z.string().regex(/^\d{1,10}$/).transform(Number)]).transform(([uptimeMs]) => ({ uptimeMs })),
  ERR: z.tuple([z.string().regex(/^\d{1,5}$/).transform(Number), z.string()]).transform(([code, word]) => ({ code, word })),
} as const;

type Of<T extends Record<string, z.ZodType>> = { [K in keyof T & string]: { type: K; seq: number } & z.output<T[K]> }[keyof T & string];
export type Command = Of<typeof COMMANDS>;
export type BodyEvent = Of<typeof EVENTS>;
export type CommandType = Command['type'];

/** Commands the body acknowledges (MOUTH is streamed); events the host acknowledges. */
export const ACKED_COMMANDS: ReadonlySet<CommandType> = new Set(['FACE', 'RING', 'HEAD', 'BRIGHT']);
export const ACKED_EVENTS: ReadonlySet<BodyEvent['type']> = new Set(['BTN', 'TOUCH']);

function decode<T extends Record<string, z.ZodType>>(table: T, line: RawLine): Of<T> | undefined {
  const schema = (table as Record<string, z.ZodType>)[line.type];
  if (!schema) return undefined;
  const parsed = schema.safeParse(line.args);
  return parsed.success ? ({ type: line.type, seq: line.seq, ...(parsed.data as object) } as Of<T>) : undefined;
}

/** A body's line as an event, or undefined for a type or arguments this host does not know. */
export const decodeEvent = (line: RawLine): BodyEvent | undefined => decode(EVENTS, line);
/** A host's line as a command (what the simulator and the firmware read). */
export const decodeCommand = (line: RawLine): Command | undefined => decode(COMMANDS, line);

/** A command's arguments on the wire. */
export function commandArgs(command: Command): string[] {
  switch (command.type) {
    case 'HELLO':
      return [`proto=${command.proto}`];
    case 'FACE':
      return [command.face];
    case 'MOUTH':
      return [String(command.open)];
    case 'RING':
      return [command.colour, command.animation];
    case 'HEAD':
      return [command.gesture];
    case 'BRIGHT':
      return [String(command.level)];
  }
}

export function eventArgs(event: BodyEvent): string[] {
  switch (event.type) {
    case 'HELLO':
      return [`proto=${event.proto}`, `fw=${event.firmware}`, `caps=${event.capabilities.join(',')}`];
    case 'ACK':
      return [String(event.of)];
    case 'NAK':
      return [String(event.of), event.reason];
    case 'BTN':
      return [event.state];
    case 'TOUCH':
      return [event.zone];
    case 'BEAT':
      return [String(event.uptimeMs)];
    case 'ERR':
      return [String(event.code), event.word];
  }
}
