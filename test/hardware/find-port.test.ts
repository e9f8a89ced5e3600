import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findBodyPort } from '../../hardware/find-port';

describe('finding the body', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laiban-by-id-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is off when the config says off, and takes a configured path only when it exists', async () => {
    expect(await findBodyPort('off', dir)).toEqual({ kind: 'none', why: 'body.port is "off"' });
    expect(await findBodyPort(path.join(dir, 'gone'), dir)).toMatchObject({ kind: 'none', why: expect.stringContaining('does not exist') });
    fs.writeFileSync(path.join(dir, 'tty-here'), '');
    expect(await findBodyPort(path.join(dir, 'tty-here'), dir)).toEqual({ kind: 'found', path: path.join(dir, 'tty-here'), how: 'body.port' });
  });

  it('falls back to the by-id links when the port list cannot be had, and says so', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'laiban-by-id-empty-'));
    const none = await findBodyPort('auto', empty);
    expect(none).toMatchObject({ kind: 'none', why: expect.stringContaining('looks like a body') });
    fs.writeFileSync(path.join(empty, 'usb-Arduino__www.arduino.cc__0043_7563-if00'), '');
    const found = await findBodyPort('auto', empty);
    expect(found).toMatchObject({ kind: 'found', path: path.join(empty, 'usb-Arduino__www.arduino.cc__0043_7563-if00') });
    fs.rmSync(empty, { recursive: true, force: true });
  });
});
