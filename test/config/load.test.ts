import fs from 'node:fs';
import path from 'node:path';
import { checkConfigFile, formatProblems, loadConfig } from '../../config/load';
import type { LaibanConfig } from '../../config/schema';
import { useTempDir, writeFile } from './temp-files';

const tempDir = useTempDir();

function defaultsWithDataDir(dataDir: string): LaibanConfig {
  return {
    language: 'sv',
    timeZone: 'Europe/Stockholm',
    robotName: 'Laiban',
    children: [],
    dataDir,
    skills: { installedDir: path.join(dataDir, 'skills'), timeoutMs: 2000, disabled: [], trustedKeys: [] },
    conversation: { followUpSeconds: 20 },
    understanding: { classifier: 'model', minConfidence: 0.45, modelDir: path.join(dataDir, 'nlu') },
    speech: {
      engine: 'auto',
      voices: { sv: 'sv', en: 'en' },
      rate: 150,
      volume: 100,
      quietTimes: [{ from: '12:00', to: '14:00', volume: 60, rate: 135 }],
      maxChars: 400,
      wavDir: path.join(dataDir, 'speech'),
      microphone: 'auto',
      listenAfterAnswerSeconds: 8,
      bargeIn: 'button-and-voice',
      recognition: 'grammar',
      minWordConfidence: 0.6,
      maxUnknownShare: 0.5,
    },
    log: { level: 'info', file: path.join(dataDir, 'laiban.log') },
    location: { lat: 56.0465, lon: 12.6945, countyId: 12 },
    weather: { provider: 'smhi' },
    lunch: { provider: 'skolmaten', source: 'default' },
    bridge: {},
    panel: {
      enabled: true,
      host: '0.0.0.0',
      port: 8443,
      tls: 'self-signed',
      certFile: path.join(dataDir, 'panel-tls', 'cert.pem'),
      keyFile: path.join(dataDir, 'panel-tls', 'key.pem'),
    },
    retention: { days: 0 },
    body: { port: 'auto', brightness: 60 },
    safeguarding: {
      staffWord: { sv: 'en vuxen', en: 'a grown-up' },
      alertOnToilet: false,
      repeatMinutes: 5,
      chime: true,
      webhook: { format: 'json', includeNames: false, attempts: 6, timeoutMs: 5000 },
    },
    admin: { port: 8444, tokens: [] },
  };
}

describe('loadConfig without a file', () => {
  it('gives the complete default config with dataDir under the home directory passed in', () => {
    const home = path.join(tempDir(), 'home');
    const result = loadConfig({ env: {}, cwd: tempDir(), home });
    expect(result).toEqual({
      config: defaultsWithDataDir(path.join(home, '.local', 'share', 'laiban')),
      source: 'defaults',
      problems: [],
    });
  });

  it('puts dataDir under an absolute XDG_DATA_HOME and ignores a relative one', () => {
    const home = path.join(tempDir(), 'home');
    const xdg = path.join(tempDir(), 'xdg');
    expect(loadConfig({ env: { XDG_DATA_HOME: xdg }, cwd: tempDir(), home }).config.dataDir).toBe(path.join(xdg, 'laiban'));
    expect(loadConfig({ env: { XDG_DATA_HOME: 'relative/xdg' }, cwd: tempDir(), home }).config.dataDir).toBe(
      path.join(home, '.local', 'share', 'laiban'),
    );
  });

  it('uses ./data in the working directory when there is no home directory', () => {
    const result = loadConfig({ env: {}, cwd: tempDir() });
    expect(result.config).toEqual(defaultsWithDataDir(path.join(tempDir(), 'data')));
  });

  it('gives every load its own lists, so changing one config does not change the next', () => {
    const first = loadConfig({ env: {}, cwd: tempDir() }).config;
    first.skills.disabled.push('lunch');
    expect(loadConfig({ env: {}, cwd: tempDir() }).config.skills.disabled).toEqual([]);
  });
});

describe('loadConfig with a file', () => {
  it('round-trips a complete valid file', () => {
    const full: LaibanConfig = {
      language: 'en',
      timeZone: 'America/New_York',
      robotName: 'Knut',
      children: ['Alva', 'Noah'],
      dataDir: path.join(tempDir(), 'robot-data'),
      skills: { installedDir: path.join(tempDir(), 'skills'), timeoutMs: 5000, disabled: ['lunch', 'clothes'], trustedKeys: [] },
      conversation: { followUpSeconds: 0 },
      understanding: { classifier: 'baseline', minConfidence: 1, modelDir: path.join(tempDir(), 'models') },
      speech: {
        engine: 'wav',
        voices: { sv: 'sv+f3', en: 'en-gb' },
        rate: 450,
        volume: 150,
        quietTimes: [{ from: '21:00', to: '06:30', volume: 30, rate: 120 }, { from: '12:30', to: '14:00', volume: 50, rate: 140 }],
        maxChars: 50,
        wavDir: path.join(tempDir(), 'wav'),
        microphone: 'plughw:1,0',
        voskModel: path.join(tempDir(), 'vosk-sv'),
        listenAfterAnswerSeconds: 5,
        bargeIn: 'button',
        recognition: 'dictation',
        minWordConfidence: 0.4,
        maxUnknownShare: 0.3,
      },
      log: { level: 'debug', file: path.join(tempDir(), 'log', 'robot.log') },
      location: { lat: 59.3293, lon: 18.0686, countyId: 1 },
      weather: {
        provider: 'metno',
        baseUrl: 'http://127.0.0.1:8080',
        warningsBaseUrl: 'http://127.0.0.1:8081',
        userAgent: 'laiban/0.1 it@forskola.example.se',
      },
      lunch: { provider: 'mashie', url: 'http://127.0.0.1:8082/menu', source: 'solrosen' },
      bridge: { url: 'ws://127.0.0.1:8765', token: 'secret-token' },
      panel: {
        enabled: false,
        host: '127.0.0.1',
        port: 8080,
        tls: 'files',
        certFile: path.join(tempDir(), 'cert.pem'),
        keyFile: path.join(tempDir(), 'key.pem'),
        passwordHash: 'scrypt$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=',
      },
      retention: { days: 2 },
      body: { port: 'auto', brightness: 60 },
      safeguarding: {
        staffWord: { sv: 'en fröken', en: 'a teacher' },
        alertOnToilet: true,
        repeatMinutes: 10,
        chime: false,
        webhook: { url: 'http://127.0.0.1:8090/', format: 'ntfy', topic: 'larm', token: 'tk', includeNames: true, attempts: 3, timeoutMs: 1000 },
      },
      admin: { port: 8444, tokens: [] },
    };
    const file = writeFile(tempDir(), 'laiban.json', full);
    const result = loadConfig({ path: file, env: {}, cwd: '/', home: tempDir() });
    expect(result).toEqual({ config: full, source: file, problems: [] });
  });

  it('keeps the defaults for keys a partial file leaves out, including paths derived from dataDir', () => {
    const dataDir = path.join(tempDir(), 'data');
    const file = writeFile(tempDir(), 'laiban.json', { robotName: 'Knut', dataDir, speech: { rate: 200 } });
    const { config, problems } = loadConfig({ path: file, env: {}, cwd: tempDir() });
    expect(problems).toEqual([]);
    expect(config).toEqual({
      ...defaultsWithDataDir(dataDir),
      robotName: 'Knut',
      speech: { ...defaultsWithDataDir(dataDir).speech, rate: 200 },
    });
  });

  it('resolves relative paths against the config file folder, not the working directory', () => {
    const configDir = path.join(tempDir(), 'etc', 'laiban');
    const file = writeFile(configDir, 'config.json', { dataDir: '../../var/laiban', log: { file: 'logs/laiban.log' } });
    const { config } = loadConfig({ path: file, env: {}, cwd: path.join(tempDir(), 'elsewhere') });
    expect(config.dataDir).toBe(path.join(tempDir(), 'var', 'laiban'));
    expect(config.skills.installedDir).toBe(path.join(tempDir(), 'var', 'laiban', 'skills'));
    expect(config.log.file).toBe(path.join(configDir, 'logs', 'laiban.log'));
  });

  it('uses LAIBAN_CONFIG when no path is given, resolved against the working directory', () => {
    writeFile(tempDir(), 'from-env.json', { robotName: 'Env' });
    const result = loadConfig({ env: { LAIBAN_CONFIG: 'from-env.json' }, cwd: tempDir() });
    expect(result.config.robotName).toBe('Env');
    expect(result.source).toBe(path.join(tempDir(), 'from-env.json'));
  });

  it('lets --config win over LAIBAN_CONFIG', () => {
    const fromEnv = writeFile(tempDir(), 'from-env.json', { robotName: 'Env' });
    const fromFlag = writeFile(tempDir(), 'from-flag.json', { robotName: 'Flag' });
    const result = loadConfig({ path: fromFlag, env: { LAIBAN_CONFIG: fromEnv }, cwd: tempDir() });
    expect(result.config.robotName).toBe('Flag');
    expect(result.source).toBe(fromFlag);
  });

  it('treats an empty LAIBAN_CONFIG as not set', () => {
    expect(loadConfig({ env: { LAIBAN_CONFIG: '' }, cwd: tempDir() })).toMatchObject({ source: 'defaults', problems: [] });
  });
});

describe('loadConfig with a file it cannot use', () => {
  function expectDefaultsWithOneFileProblem(result: ReturnType<typeof loadConfig>, pattern: RegExp): void {
    expect(result.source).toBe('defaults');
    const defaults = defaultsWithDataDir(path.join(tempDir(), 'data'));
    // The robot runs on defaults, but the panel fails closed: off, saying why.
    expect(result.config).toEqual({ ...defaults, panel: { ...defaults.panel, enabled: false, offBecause: result.problems[0]?.message } });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ key: '', example: '{"language": "sv"}' });
    expect(result.problems[0]!.message).toMatch(pattern);
  }

  it('reports invalid JSON with line and column and runs on defaults', () => {
    const file = writeFile(tempDir(), 'laiban.json', '{\n  "language": "en",\n  "robotName": "Knut",\n}\n');
    const result = loadConfig({ path: file, env: {}, cwd: tempDir() });
    expectDefaultsWithOneFileProblem(result, /line 4, column 1: a comma before \} is not allowed/);
    expect(result.problems[0]!.message.startsWith(`${file}: `)).toBe(true);
  });

  it('reports a missing file that was asked for, by --config or by LAIBAN_CONFIG', () => {
    const missing = path.join(tempDir(), 'nope.json');
    expectDefaultsWithOneFileProblem(loadConfig({ path: missing, env: {}, cwd: tempDir() }), /nope\.json: the file does not exist/);
    expectDefaultsWithOneFileProblem(loadConfig({ env: { LAIBAN_CONFIG: missing }, cwd: tempDir() }), /does not exist/);
  });

  it('reports a folder given as the file', () => {
    expectDefaultsWithOneFileProblem(loadConfig({ path: tempDir(), env: {}, cwd: tempDir() }), /is a folder, not a file/);
  });

  it('reports an empty --config', () => {
    expectDefaultsWithOneFileProblem(loadConfig({ path: '', env: {}, cwd: tempDir() }), /no file name was given/);
  });

  it.each([
    ['[]', /holds a list, not an object/],
    ['"sv"', /holds text, not an object/],
    ['null', /holds null, not an object/],
    ['', /line 1, column 1: the file is empty/],
  ])('reports a file holding %j', (content, pattern) => {
    const file = writeFile(tempDir(), 'laiban.json', content);
    expectDefaultsWithOneFileProblem(loadConfig({ path: file, env: {}, cwd: tempDir() }), pattern);
  });

  it('never throws for bad content', () => {
    const contents = ['\u0000\u0001\u00ff', '['.repeat(200_000), '{"speech": '.repeat(50_000), '{"a":1}{"b":2}', '1e999'];
    for (const content of contents) {
      const file = writeFile(tempDir(), 'laiban.json', content);
      const result = loadConfig({ path: file, env: {}, cwd: tempDir() });
      expect(result.source).toBe('defaults');
      expect(result.problems).toHaveLength(1);
    }
  });

  it('throws for a relative working directory, which is a programmer error', () => {
    expect(() => loadConfig({ env: {}, cwd: 'relative' })).toThrow(/cwd must be absolute/);
  });
});

describe('checkConfigFile', () => {
  it('returns [] for a good file', () => {
    const file = writeFile(tempDir(), 'good.json', { language: 'en', speech: { engine: 'espeak-ng' } });
    expect(checkConfigFile(file, {}, tempDir(), tempDir())).toEqual([]);
  });

  it('returns every problem of a bad file', () => {
    const file = writeFile(tempDir(), 'bad.json', { langauge: 'en', speech: { engine: 'espeek' }, skills: { timeoutMs: 5 } });
    const problems = checkConfigFile(file, {}, tempDir());
    expect(problems.map((problem) => problem.key).sort()).toEqual(['langauge', 'skills.timeoutMs', 'speech.engine']);
  });

  it('returns a problem for a file that does not exist', () => {
    expect(checkConfigFile('missing.json', {}, tempDir())).toHaveLength(1);
  });
});

describe('formatProblems', () => {
  it('puts one problem per line', () => {
    const file = writeFile(tempDir(), 'bad.json', { language: 'de', log: { level: 'loud' } });
    const { problems } = loadConfig({ path: file, env: {}, cwd: tempDir() });
    expect(formatProblems(problems)).toBe(
      [
        'language: "de" is not one of sv, en (example: "language": "sv")',
        'log.level: "loud" is not one of debug, info, warn, error (example: "log.level": "info")',
      ].join('\n'),
    );
    expect(formatProblems([])).toBe('');
  });
});

it('reads a file saved with a byte order mark', () => {
  const file = path.join(tempDir(), 'bom.json');
  fs.writeFileSync(file, '\uFEFF{"robotName": "Knut"}');
  expect(loadConfig({ path: file, env: {}, cwd: tempDir() })).toMatchObject({ source: file, problems: [], config: { robotName: 'Knut' } });
});

describe('a broken panel section', () => {
  it('turns the panel off and says why, instead of opening it on defaults', () => {
    const file = writeFile(tempDir(), 'laiban.json', { robotName: 'Knut', panel: { enabled: 'no', host: 127001 } });
    const { config, problems } = loadConfig({ path: file, env: {}, cwd: tempDir() });
    expect(config.robotName).toBe('Knut');
    expect(config.panel.enabled).toBe(false);
    expect(config.panel.offBecause).toMatch(/^panel\.(enabled|host)/);
    expect(problems.map((p) => p.key).sort()).toEqual(['panel.enabled', 'panel.host']);
  });

  it('leaves a good panel section and other problems alone', () => {
    const file = writeFile(tempDir(), 'laiban.json', { speech: { rate: 'fast' }, panel: { port: 9443 } });
    const { config } = loadConfig({ path: file, env: {}, cwd: tempDir() });
    expect(config.panel).toMatchObject({ enabled: true, port: 9443 });
    expect(config.panel.offBecause).toBeUndefined();
  });
});
