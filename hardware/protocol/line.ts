/**
 * One line of the body protocol (PROTOCOL.md): "<seq> <TYPE> args *CRC\n". CRC-16/CCITT-FALSE over the
 * bytes before " *". A reader takes bytes as they come, yields the lines whose CRC and shape are right,
 * and counts the rest; it never throws on what arrives.
 */
export const MAX_LINE_BYTES = 96;
const LINE = /^(\d{1,5}) ([A-Z]{2,10})((?: [!-)+-~]+)*) \*([0-9A-F]{4})$/;

export function crc16(text: string): number {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, 'latin1')) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

export interface RawLine {
  seq: number;
  type: string;
  args: string[];
}

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');

/** The line as sent, newline included. Throws on what the protocol cannot carry (a programming error). */
export function formatLine({ seq, type, args }: RawLine): string {
  const body = [String(seq), type, ...args].join(' ');
  if (!Number.isInteger(seq) || seq < 0 || seq > 0xffff) throw new Error(`seq ${seq} is not 0–65535`);
  if (args.some((a) => !/^[!-)+-~]+$/.test(a))) throw new Error(`an argument of ${type} has a space, "*" or a non-ASCII byte`);
  const line = `${body} *${hex4(crc16(body))}\n`;
  if (line.length > MAX_LINE_BYTES) throw new Error(`${type} line is ${line.length} bytes, more than ${MAX_LINE_BYTES}`);
  return line;
}

export type LineProblem = 'too-long' | 'bad-crc' | 'unparsable';

/** Parses one line without its newline (a trailing \r is ignored). */
export function parseLine(text: string): RawLine | LineProblem {
  const line = text.endsWith('\r') ? text.slice(0, -1) : text;
  const m = LINE.exec(line);
  if (!m) return 'unparsable';
  const body = line.slice(0, line.length - 6);
  if (hex4(crc16(body)) !== m[4]) return 'bad-crc';
  const seq = Number(m[1]);
  if (seq > 0xffff) return 'unparsable';
  return { seq, type: m[2]!, args: m[3]!.split(' ').filter((a) => a !== '') };
}

export interface LineCounts {
  lines: number;
  tooLong: number;
  badCrc: number;
  unparsable: number;
}

/** Bytes in, lines out. Garbage costs at most one dropped line: reading resumes after the next newline. */
export class LineReader {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private overflowing = false;
  readonly counts: LineCounts = { lines: 0, tooLong: 0, badCrc: 0, unparsable: 0 };

  push(chunk: Buffer): RawLine[] {
    const out: RawLine[] = [];
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      this.append(chunk.subarray(start, nl));
      const parsed = this.overflowing ? 'too-long' : parseLine(Buffer.concat(this.pending).toString('latin1'));
      this.pending = [];
      this.pendingBytes = 0;
      this.overflowing = false;
      start = nl + 1;
      if (typeof parsed === 'string') this.count(parsed);
      else {
        this.counts.lines++;
        out.push(parsed);
      }
    }
    this.append(chunk.subarray(start));
    return out;
  }

  /** Dropped lines of any kind so far. */
  get dropped(): number {
    return this.counts.tooLong + this.counts.badCrc + this.counts.unparsable;
  }

  private append(part: Buffer): void {
    if (this.overflowing || part.length === 0) return;
    if (this.pendingBytes + part.length >= MAX_LINE_BYTES) {
      this.overflowing = true;
      this.pending = [];
      this.pendingBytes = 0;
      return;
    }
    this.pending.push(part);
    this.pendingBytes += part.length;
  }

  private count(problem: LineProblem): void {
    if (problem === 'too-long') this.counts.tooLong++;
    else if (problem === 'bad-crc') this.counts.badCrc++;
    else this.counts.unparsable++;
  }
}
