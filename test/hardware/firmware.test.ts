import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../support/robot-harness';

const FIRMWARE = path.resolve(__dirname, '../../hardware/firmware');

describe('the reference firmware', () => {
  const out = tempDir('laiban-firmware-');
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it("passes its host tests: PROTOCOL.md's test vectors, noise, and the session", () => {
    const printed = execFileSync('make', ['-s', '-C', FIRMWARE, 'test', `OUT=${out}`], { encoding: 'utf8' });
    expect(printed).toMatch(/protocol tests: \d+ checks, 0 failed/);
    expect(Number(/(\d+) checks/.exec(printed)![1])).toBeGreaterThanOrEqual(40);
  }, 60_000);

  it('compiles with avr-gcc for an ATmega328P and fits its flash and RAM', () => {
    const printed = execFileSync('make', ['-s', '-C', FIRMWARE, 'firmware', `OUT=${out}`], { encoding: 'utf8' });
    expect(fs.existsSync(path.join(out, 'laiban-body.hex'))).toBe(true);
    const program = Number(/Program:\s+(\d+) bytes/.exec(printed)![1]);
    const data = Number(/Data:\s+(\d+) bytes/.exec(printed)![1]);
    process.stdout.write(`firmware: program ${program} bytes of 32768, data ${data} bytes of 2048\n`);
    expect(program).toBeLessThan(32 * 1024 - 512); // the Arduino bootloader keeps 512 bytes
    expect(data).toBeLessThan(1536); // leaves room for the stack
  }, 60_000);
});
