import path from 'node:path';
import { loadConfig } from '../../config/load';
import { useTempDir, writeFile } from './temp-files';

const tempDir = useTempDir();

/** Valid keys written next to every bad one; they must survive. */
const GOOD_KEYS = { language: 'en', robotName: 'Knut', understanding: { minConfidence: 0.7 } };

function loadWith(extra: Record<string, unknown>) {
  const file = writeFile(tempDir(), 'laiban.json', { ...GOOD_KEYS, ...extra });
  return loadConfig({ path: file, env: {}, cwd: tempDir(), home: path.join(tempDir(), 'home') });
}

/** The good keys the bad value did not replace. */
function keptGoodKeys(extra: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(GOOD_KEYS).filter(([name]) => !(name in extra)));
}

function valueAt(config: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((section, name) => (section as Record<string, unknown>)[name], config);
}

describe('a key with a wrong value', () => {
  it.each([
    // [what is wrong, file content, key, message, the default the key falls back to]
    ['not one of the choices', { speech: { engine: 'espeek' } }, 'speech.engine',
      'speech.engine: "espeek" is not one of auto, espeak-ng, say, wav, none (example: "speech.engine": "espeak-ng")', 'auto'],
    ['a choice far from any right one', { log: { level: 'verbose' } }, 'log.level',
      'log.level: "verbose" is not one of debug, info, warn, error (example: "log.level": "info")', 'info'],
    ['a language the robot does not speak', { language: 'de' }, 'language',
      'language: "de" is not one of sv, en (example: "language": "sv")', 'sv'],
    ['a number in quotes', { skills: { timeoutMs: '5000' } }, 'skills.timeoutMs',
      'skills.timeoutMs: "5000" is not a number; write numbers without quotes (example: "skills.timeoutMs": 2000)', 2000],
    ['a number with decimals where a whole one is needed', { speech: { maxChars: 100.5 } }, 'speech.maxChars',
      'speech.maxChars: 100.5 is not a whole number (example: "speech.maxChars": 400)', 400],
    ['a number above the maximum', { skills: { timeoutMs: 99999 } }, 'skills.timeoutMs',
      'skills.timeoutMs: 99999 is more than 30000 (example: "skills.timeoutMs": 2000)', 2000],
    ['a rest time that is no clock time', { speech: { quietTimes: [{ from: '25:00', to: '14:00', volume: 60, rate: 135 }] } }, 'speech.quietTimes',
      'speech.quietTimes: "25:00" (item 1) must be a clock time such as "12:00" (example: "speech.quietTimes": [{"from":"12:00","to":"14:00","volume":60,"rate":135}])',
      [{ from: '12:00', to: '14:00', volume: 60, rate: 135 }]],
    ['a number below the minimum', { speech: { rate: 10 } }, 'speech.rate',
      'speech.rate: 10 is less than 80 (example: "speech.rate": 150)', 150],
    ['a confidence above 1', { understanding: { minConfidence: 45 } }, 'understanding.minConfidence',
      'understanding.minConfidence: 45 is more than 1 (example: "understanding.minConfidence": 0.45)', 0.45],
    ['a negative follow-up time', { conversation: { followUpSeconds: -1 } }, 'conversation.followUpSeconds',
      'conversation.followUpSeconds: -1 is less than 0 (example: "conversation.followUpSeconds": 20)', 20],
    ['text that is only spaces', { robotName: '   ' }, 'robotName',
      'robotName: "   " is empty (example: "robotName": "Laiban")', 'Laiban'],
    ['null', { speech: { voices: { sv: null } } }, 'speech.voices.sv',
      'speech.voices.sv: null is not text (example: "speech.voices.sv": "sv")', 'sv'],
    ['a voice name that would smuggle code into festival', { speech: { voices: { sv: 'sv"); (system "x' } } }, 'speech.voices.sv',
      'speech.voices.sv: "sv\\"); (system \\"x" must be a voice name such as "sv", "sv+f3" or "Alva" (example: "speech.voices.sv": "sv")', 'sv'],
    ['text where a number is needed', { conversation: { followUpSeconds: 'twenty' } }, 'conversation.followUpSeconds',
      'conversation.followUpSeconds: "twenty" is not a number (example: "conversation.followUpSeconds": 20)', 20],
    ['text where a list is needed', { skills: { disabled: 'lunch' } }, 'skills.disabled',
      'skills.disabled: "lunch" is not a list (example: "skills.disabled": ["lunch_feedback"])', []],
    ['a bad item in a list', { skills: { disabled: ['lunch', 3, ''] } }, 'skills.disabled',
      'skills.disabled: 3 (item 2) is not text (example: "skills.disabled": ["lunch_feedback"])', []],
    ['a web address that is not http', { weather: { baseUrl: 'ftp://smhi.se' } }, 'weather.baseUrl',
      'weather.baseUrl: "ftp://smhi.se" must be an http:// or https:// URL (example: "weather.baseUrl": "https://opendata-download-metfcst.smhi.se")',
      undefined],
    ['a bridge address that is not ws', { bridge: { url: 'http://bridge:8765' } }, 'bridge.url',
      'bridge.url: "http://bridge:8765" must be a ws:// or wss:// URL (example: "bridge.url": "wss://bridge.kommun.example.se:8765")', undefined],
    ['MET Norway without the User-Agent it requires', { weather: { provider: 'metno' } }, 'weather.provider',
      'weather.provider: "metno" needs weather.userAgent too: MET Norway refuses requests that do not name the robot and a contact (example: "weather.provider": "smhi")',
      'smhi'],
    ['a password hash the panel could not use (a 4-byte salt)', { panel: { passwordHash: 'scrypt$16384$8$1$c2FsdA==$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=' } }, 'panel.passwordHash',
      'panel.passwordHash: "scrypt$16384$8$1$c2FsdA==$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYX... must be a hash from `laiban panel hash-password` (example: "panel.passwordHash": "scrypt$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=")',
      undefined],
    ['a latitude off the earth', { location: { lat: 560 } }, 'location.lat',
      'location.lat: 560 is more than 90 (example: "location.lat": 59.3293)', 56.0465],
    ['a path starting with ~', { dataDir: '~/laiban' }, 'dataDir',
      'dataDir: "~/laiban" starts with "~", which is not expanded here; write the full path (example: "dataDir": "/var/lib/laiban")',
      path.join('HOME', '.local', 'share', 'laiban')],
    ['a path that is a number', { log: { file: 42 } }, 'log.file',
      'log.file: 42 is not text (example: "log.file": "/var/log/laiban/laiban.log")', path.join('HOME', '.local', 'share', 'laiban', 'laiban.log')],
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone',
      'timeZone: "Mars/Olympus_Mons" is not a known IANA time zone (example: "timeZone": "Europe/Stockholm")', 'Europe/Stockholm'],
    ['a misspelt time zone', { timeZone: 'Europe/Stokholm' }, 'timeZone',
      'timeZone: "Europe/Stokholm" is not a known IANA time zone (example: "timeZone": "Europe/Stockholm")', 'Europe/Stockholm'],
    ['a misspelt time zone whose closest zone is not the default', { timeZone: 'Europe/Helsinky' }, 'timeZone',
      'timeZone: "Europe/Helsinky" is not a known IANA time zone (example: "timeZone": "Europe/Helsinki")', 'Europe/Stockholm'],
    ['a section that is not an object', { speech: 'loud' }, 'speech',
      'speech: "loud" is not an object (example: "speech": {"engine": "espeak-ng"})', undefined],
  ])('%s: names the key and an example, uses the default, keeps the other keys', (_what, extra, key, message, fallback) => {
    const { config, problems, source } = loadWith(extra);
    expect(source).toBe(path.join(tempDir(), 'laiban.json'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.key).toBe(key);
    expect(problems[0]!.message).toBe(message);
    expect(message.endsWith(`(example: ${problems[0]!.example})`)).toBe(true);
    if (fallback !== undefined) {
      const expected = typeof fallback === 'string' && fallback.startsWith('HOME') ? path.join(tempDir(), 'home', fallback.slice(5)) : fallback;
      expect(valueAt(config, key)).toEqual(expected);
    }
    expect(Object.keys(keptGoodKeys(extra)).length).toBeGreaterThanOrEqual(2);
    expect(config).toMatchObject(keptGoodKeys(extra));
  });

  it('falls back to the defaults for a whole section that is not an object', () => {
    const { config } = loadWith({ speech: 'loud' });
    expect(config.speech).toEqual({
      engine: 'auto',
      voices: { sv: 'sv', en: 'en' },
      rate: 150,
      volume: 100,
      quietTimes: [{ from: '12:00', to: '14:00', volume: 60, rate: 135 }],
      maxChars: 400,
      wavDir: path.join(tempDir(), 'home', '.local', 'share', 'laiban', 'speech'),
      microphone: 'auto',
      listenAfterAnswerSeconds: 8,
      bargeIn: 'button-and-voice',
      recognition: 'grammar',
      minWordConfidence: 0.6,
      maxUnknownShare: 0.5,
    });
  });

  it('keeps the valid keys next to a bad one in the same section', () => {
    const { config, problems } = loadWith({ speech: { engine: 'espeek', rate: 200, voices: { sv: 'sv+f3', en: 5 } } });
    expect(problems.map((problem) => problem.key)).toEqual(['speech.engine', 'speech.voices.en']);
    expect(config.speech).toMatchObject({ engine: 'auto', rate: 200, voices: { sv: 'sv+f3', en: 'en' } });
  });

  it('reports every bad key of a file at once, each key once', () => {
    const { problems } = loadWith({ language: 'fi', skills: { disabled: [1, 2, 3], timeoutMs: 1 }, log: { level: 7 } });
    expect(problems.map((problem) => problem.key).sort()).toEqual(['language', 'log.level', 'skills.disabled', 'skills.timeoutMs']);
  });

  it('accepts a valid time zone other than the default', () => {
    expect(loadWith({ timeZone: 'America/Argentina/Buenos_Aires' })).toMatchObject({
      problems: [],
      config: { timeZone: 'America/Argentina/Buenos_Aires' },
    });
  });
});

describe('an unknown key', () => {
  it.each([
    ['a typo at the top level', { langauge: 'en' }, 'langauge', 'langauge: unknown key; did you mean "language"? (example: "language": "sv")'],
    ['another naming style', { robot_name: 'Knut' }, 'robot_name', 'robot_name: unknown key; did you mean "robotName"? (example: "robotName": "Laiban")'],
    ['a typo inside a section', { speech: { engin: 'say' } }, 'speech.engin',
      'speech.engin: unknown key; did you mean "engine"? (example: "speech.engine": "espeak-ng")'],
    ['a key at the wrong level', { engine: 'say' }, 'engine',
      'engine: unknown key; did you mean "engine" inside "speech"? (example: "speech.engine": "espeak-ng")'],
    ['a language without a voice', { speech: { voices: { de: 'de' } } }, 'speech.voices.de',
      'speech.voices.de: unknown key; the keys inside "speech.voices" are sv, en (example: "speech.voices.sv": "sv")'],
    ['a key like nothing known', { favouriteColour: 'x' }, 'favouriteColour',
      'favouriteColour: unknown key; the keys at the top level are language, timeZone, robotName, children, dataDir, skills, conversation, understanding, speech, log, location, weather, lunch, bridge, panel, retention, body, safeguarding, admin (example: "language": "sv")'],
  ])('%s: is reported with the closest known key and ignored', (_what, extra, key, message) => {
    const { config, problems } = loadWith(extra);
    expect(problems).toEqual([expect.objectContaining({ key, message })]);
    expect(config).toMatchObject(GOOD_KEYS);
  });

  it('does not guess: the value under a misspelt key is not used', () => {
    const file = writeFile(tempDir(), 'laiban.json', { langauge: 'en' });
    expect(loadConfig({ path: file, env: {}, cwd: tempDir() }).config.language).toBe('sv');
  });
});
