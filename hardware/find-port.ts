/**
 * Which serial device is the body. `SerialPort.list()` asks udev (`udevadm`), which minimal systems lack;
 * then the links in /dev/serial/by-id are read instead, and the answer says so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SerialPort } from 'serialport';

/** USB ids of Arduino-class boards and their common USB-serial chips: Arduino, CH340, FTDI, CP210x. */
const BODY_VENDOR_IDS = new Set(['2341', '2a03', '1a86', '0403', '10c4']);
/** by-id names of the same boards. */
const BODY_NAME = /arduino|laiban|ch340|1a86|ftdi|cp210|usb-serial|ttyusb|ttyacm/i;

export type PortChoice = { kind: 'found'; path: string; how: string } | { kind: 'none'; why: string };

export async function findBodyPort(setting: string, byIdDir = '/dev/serial/by-id'): Promise<PortChoice> {
  if (setting === 'off') return { kind: 'none', why: 'body.port is "off"' };
  if (setting !== 'auto') {
    return fs.existsSync(setting) ? { kind: 'found', path: setting, how: 'body.port' } : { kind: 'none', why: `body.port ${setting} does not exist` };
  }
  let listProblem: string;
  try {
    const ports = await SerialPort.list();
    const body = ports.find((p) => p.vendorId !== undefined && BODY_VENDOR_IDS.has(p.vendorId.toLowerCase()));
    if (body) return { kind: 'found', path: body.path, how: `USB id ${body.vendorId}:${body.productId ?? '?'}` };
    listProblem = `no USB serial device with a body's USB id (${ports.length} serial ports)`;
  } catch (err) {
    listProblem = `the serial port list needs udevadm (${(err as Error).message.split('\n')[0]}); read ${byIdDir} instead`;
  }
  const names = fs.existsSync(byIdDir) ? fs.readdirSync(byIdDir).sort() : [];
  const named = names.find((n) => BODY_NAME.test(n));
  if (named) return { kind: 'found', path: path.join(byIdDir, named), how: `${byIdDir} (${listProblem})` };
  return { kind: 'none', why: `${listProblem}; nothing in ${byIdDir} looks like a body` };
}
