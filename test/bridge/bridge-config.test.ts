import fs from 'node:fs';
import path from 'node:path';
import { readBridgeConfig } from '../../bridge/config/bridge-config';
import { tempDir } from '../support/robot-harness';

function write(content: unknown): string {
  const file = path.join(tempDir('laiban-bridge-config-'), 'bridge.json');
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const TOKEN = { robot: 'solrosen-1', token: '3f9c2a7e51b04d8e9a6c1f0b7e2d4a93' };

describe('the standalone bridge config', () => {
  it('fills in defaults and resolves dataDir against the file\'s folder', () => {
    const file = write({ tokens: [TOKEN], lunch: { sources: { solrosen: { provider: 'skolmaten', url: 'https://skolmaten.se/solrosen/rss/weeks' } } } });
    const read = readBridgeConfig(file);
    expect(read).toMatchObject({
      ok: true,
      config: {
        host: '127.0.0.1',
        port: 8765,
        dataDir: path.join(path.dirname(file), 'bridge-data'),
        maxMessageBytes: 65_536,
        tokens: [{ ...TOKEN, revoked: false }],
        weather: { provider: 'smhi' },
      },
    });
  });

  it.each([
    ['a short token', { tokens: [{ robot: 'x', token: 'short' }] }, 'tokens.0.token: must be at least 32 characters, random (e.g. from `openssl rand -hex 16`)'],
    ['a long but guessable token', { tokens: [{ robot: 'x', token: 'aaaaaaaabbbbbbbbccccccccdddddddd' }] }, 'tokens.0.token: is not random enough: use `openssl rand -hex 16`'],
    ['the same token twice', { tokens: [TOKEN, { ...TOKEN, robot: 'other' }] }, 'tokens: the same token is listed twice'],
    ['a menu without its url', { lunch: { sources: { solrosen: { provider: 'mashie' } } } }, 'lunch.sources.solrosen.url: a mashie menu needs its url'],
    ['MET Norway without a User-Agent', { weather: { provider: 'metno' } }, 'weather.userAgent: MET Norway refuses requests that do not name the bridge and a contact'],
    ['an unknown key', { prot: 8765 }, '(file): Unrecognized key: "prot"'],
  ])('refuses %s, saying where', (_what, content, problem) => {
    const read = readBridgeConfig(write(content));
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.problems.join('\n')).toContain(problem);
  });

  it('says where the JSON is broken, and when the file cannot be read', () => {
    expect(readBridgeConfig(write('{"port": 8765,\n  "tokens": [}'))).toEqual({
      ok: false,
      problems: [expect.stringMatching(/bridge\.json: line 2, column \d+: /)],
    });
    expect(readBridgeConfig('/nonexistent/bridge.json')).toEqual({ ok: false, problems: ['/nonexistent/bridge.json: cannot be read (ENOENT)'] });
  });
});
