/**
 * The body's reference firmware (hardware/firmware/): its C host tests pass (PROTOCOL.md's test vectors,
 * noise, the session, events), and it compiles with avr-gcc for an ATmega328P that it fits. Builds into
 * a temporary folder (make OUT=…), so parallel runs do not clash. Needs the apt packages gcc, make,
 * gcc-avr, avr-libc and binutils-avr (test/run-all.sh installs them).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const FLASH_BYTES = 32 * 1024;
const BOOTLOADER_BYTES = 512; // Optiboot on an Uno keeps the top 512 bytes of flash
const RAM_BYTES = 2 * 1024;
const STACK_BYTES = 512; // left free for the stack: what make firmware prints is static data only

/** Runs make in hardware/firmware; on failure, says what make printed and what the machine needs. */
function make(target: string, out: string): string {
  try {
    return execFileSync('make', ['-s', '-C', 'hardware/firmware', target, `OUT=${out}`], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const e = err as { message: string; stdout?: string; stderr?: string };
    throw new Error(
      `make ${target} failed (it needs the apt packages gcc, make, gcc-avr, avr-libc and binutils-avr):\n${e.stdout ?? ''}${e.stderr ?? e.message}`,
    );
  }
}

describe('the reference firmware', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'laiban-firmware-'));
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it("passes its host tests: PROTOCOL.md's test vectors, noise, the session and the events", () => {
    const printed = make('test', out);
    const summary = /protocol tests: (\d+) checks, (\d+) failed/.exec(printed);
    expect(summary).not.toBeNull();
    expect(Number(summary![2])).toBe(0);
    expect(Number(summary![1])).toBeGreaterThanOrEqual(200); // a test run that silently skipped most of them would say fewer
    expect(printed).toMatch(/1 MB of random bytes: 0 lines, \d+ too long/);
  }, 120_000);

  it('compiles with avr-gcc for an ATmega328P into an Intel HEX that fits its flash and RAM', () => {
    const printed = make('firmware', out);
    const hex = fs.readFileSync(path.join(out, 'laiban-body.hex'), 'utf8').trim().split(/\r?\n/);
    expect(hex.every((record) => /^:[0-9A-F]{10,}$/.test(record))).toBe(true);
    expect(hex[hex.length - 1]).toBe(':00000001FF'); // the end-of-file record

    expect(printed).toMatch(/Device: atmega328p/);
    const program = Number(/Program:\s+(\d+) bytes/.exec(printed)?.[1]);
    const data = Number(/Data:\s+(\d+) bytes/.exec(printed)?.[1]);
    process.stdout.write(`firmware: program ${program} bytes of ${FLASH_BYTES}, data ${data} bytes of ${RAM_BYTES}\n`);
    expect(program).toBeGreaterThan(1000); // a real program, not an empty one
    expect(program).toBeLessThan(FLASH_BYTES - BOOTLOADER_BYTES);
    expect(data).toBeGreaterThan(0);
    expect(data).toBeLessThan(RAM_BYTES - STACK_BYTES);
  }, 120_000);
});
