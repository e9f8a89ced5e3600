import fs from 'node:fs';
import path from 'node:path';
import { crc16, formatLine, LineReader, MAX_LINE_BYTES, parseLine } from '../../hardware/protocol/line';
import { decodeCommand, decodeEvent } from '../../hardware/protocol/messages';

/** The test vectors as PROTOCOL.md lists them (the C firmware's tests read the same ones). */
const VECTORS = fs
  .readFileSync(path.resolve(__dirname, '../../hardware/PROTOCOL.md'), 'utf8')
  .split('\n')
  .filter((l) => /^ {4}\d+ [A-Z]+ .* \*[0-9A-F]{4}$/.test(l))
  .map((l) => l.trim());

describe('a body protocol line', () => {
  it('has the CRC-16/CCITT-FALSE check value', () => {
    expect(crc16('123456789')).toBe(0x29b1);
  });

  it('parses and formats every test vector in PROTOCOL.md byte for byte', () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(9);
    for (const vector of VECTORS) {
      const parsed = parseLine(vector);
      expect(typeof parsed).toBe('object');
      if (typeof parsed === 'string') continue;
      expect(formatLine(parsed)).toBe(`${vector}\n`);
      expect(decodeEvent(parsed) ?? decodeCommand(parsed)).toBeDefined();
    }
  });

  it('names what is wrong with a bad line', () => {
    expect(parseLine('7 FACE happy *6EF8')).toBe('bad-crc');
    expect(parseLine('seven FACE happy *6EF9')).toBe('unparsable');
    expect(parseLine('7 FACE happy *6EF9\r')).toMatchObject({ seq: 7, type: 'FACE', args: ['happy'] });
  });

  it('reads lines split anywhere, drops a too-long one, and resumes at the next newline', () => {
    const reader = new LineReader();
    const good = formatLine({ seq: 3, type: 'BTN', args: ['down'] });
    expect(reader.push(Buffer.from(good.slice(0, 5)))).toEqual([]);
    expect(reader.push(Buffer.from(good.slice(5)))).toEqual([{ seq: 3, type: 'BTN', args: ['down'] }]);
    expect(reader.push(Buffer.from(`${'x'.repeat(MAX_LINE_BYTES * 3)}\n${good}`))).toHaveLength(1);
    expect(reader.counts).toMatchObject({ lines: 2, tooLong: 1 });
  });

  it('decodes arguments by their schemas and refuses wrong ones', () => {
    expect(decodeCommand({ seq: 1, type: 'RING', args: ['ffb000', 'pulse'] })).toEqual({ type: 'RING', seq: 1, colour: 'ffb000', animation: 'pulse' });
    expect(decodeCommand({ seq: 1, type: 'RING', args: ['orange', 'pulse'] })).toBeUndefined();
    expect(decodeCommand({ seq: 1, type: 'MOUTH', args: ['101'] })).toBeUndefined();
    expect(decodeEvent({ seq: 5, type: 'HELLO', args: ['proto=1', 'fw=0.1.0', 'caps=face,ring'] })).toEqual({
      type: 'HELLO',
      seq: 5,
      proto: 1,
      firmware: '0.1.0',
      capabilities: ['face', 'ring'],
    });
    expect(() => formatLine({ seq: 1, type: 'FACE', args: ['two words'] })).toThrow('space');
  });
});
