/** A right value for every key, shown in error messages so IT staff see what to write instead. */
import type { JsonValue } from '../core/json';
import type { ConfigKey } from './schema';

export const CONFIG_EXAMPLES: Record<ConfigKey, JsonValue> = {
  language: 'sv',
  timeZone: 'Europe/Stockholm',
  robotName: 'Laiban',
  children: ['Alva', 'Elias'],
  dataDir: '/var/lib/laiban',
  'skills.installedDir': '/var/lib/laiban/skills',
  'skills.timeoutMs': 2000,
  'skills.disabled': ['lunch_feedback'],
  'skills.trustedKeys': [{ publicKey: 'm4Kb8q0zj6vJ4t4cZ2sYp1o7H3bq3pQk9m2Hn8d5KXo=', name: 'kommunens IT 2026' }],
  'conversation.followUpSeconds': 20,
  'understanding.classifier': 'model',
  'understanding.minConfidence': 0.45,
  'understanding.modelDir': '/var/lib/laiban/nlu',
  'speech.engine': 'espeak-ng',
  'speech.voices.sv': 'sv',
  'speech.voices.en': 'en',
  'speech.rate': 150,
  'speech.volume': 100,
  'speech.quietTimes': [{ from: '12:00', to: '14:00', volume: 60, rate: 135 }],
  'speech.maxChars': 400,
  'speech.wavDir': '/var/lib/laiban/speech',
  'speech.microphone': 'plughw:1,0',
  'speech.voskModel': '/var/lib/laiban/vosk-model-small-sv-rhasspy-0.15',
  'speech.listenAfterAnswerSeconds': 8,
  'speech.bargeIn': 'button-and-voice',
  'speech.recognition': 'grammar',
  'speech.minWordConfidence': 0.6,
  'speech.maxUnknownShare': 0.5,
  'log.level': 'info',
  'log.file': '/var/log/laiban/laiban.log',
  'location.lat': 59.3293,
  'location.lon': 18.0686,
  'location.countyId': 1,
  'weather.provider': 'smhi',
  'weather.baseUrl': 'https://opendata-download-metfcst.smhi.se',
  'weather.warningsBaseUrl': 'https://opendata-download-warnings.smhi.se',
  'weather.userAgent': 'laiban/0.1 it@forskola.example.se',
  'lunch.provider': 'skolmaten',
  'lunch.url': 'https://skolmaten.se/solrosens-forskola/rss/weeks',
  'lunch.source': 'solrosen',
  'bridge.url': 'wss://bridge.kommun.example.se:8765',
  'bridge.token': 'robot-token-from-IT',
  'panel.enabled': true,
  'panel.host': '0.0.0.0',
  'panel.port': 8443,
  'panel.tls': 'self-signed',
  'panel.certFile': '/etc/laiban/panel-cert.pem',
  'panel.keyFile': '/etc/laiban/panel-key.pem',
  'panel.passwordHash': 'scrypt$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=',
  'retention.days': 0,
  'body.port': '/dev/serial/by-id/usb-Arduino_LLC_Laiban_Body-if00',
  'body.brightness': 60,
  'safeguarding.staffWord.sv': 'en fröken',
  'safeguarding.staffWord.en': 'a teacher',
  'safeguarding.alertOnToilet': false,
  'safeguarding.repeatMinutes': 5,
  'safeguarding.chime': true,
  'safeguarding.webhook.url': 'https://ntfy.kommun.example.se',
  'safeguarding.webhook.format': 'ntfy',
  'safeguarding.webhook.topic': 'solrosen-larm',
  'safeguarding.webhook.token': 'tk_token-from-IT',
  'safeguarding.webhook.includeNames': false,
  'safeguarding.webhook.attempts': 6,
  'safeguarding.webhook.timeoutMs': 5000,
  'admin.port': 8444,
  'admin.tokens': [{ name: 'it-anna', sha256: '4a1f0c1c4b8e43a5ef0d6f3c58a8f1a5e0f2c1b9d7e6a5b4c3d2e1f0a9b8c7d6' }],
};

export const CONFIG_KEYS = Object.keys(CONFIG_EXAMPLES) as ConfigKey[];

/** A whole valid file, as the README shows it. */
export const EXAMPLE_FILE_SNIPPET = '{"language": "sv"}';

/** The names that may appear directly inside `section` ("" for the top level), in file order. */
export function keysInside(section: string): string[] {
  const prefix = section === '' ? '' : `${section}.`;
  const names = CONFIG_KEYS.filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length).split('.')[0]!);
  return [...new Set(names)];
}

/** `"speech.engine": "espeak-ng"`; for a section, its first key: `"speech": {"engine": "espeak-ng"}`. */
export function exampleFor(key: string): string {
  if (key in CONFIG_EXAMPLES) return `"${key}": ${JSON.stringify(CONFIG_EXAMPLES[key as ConfigKey])}`;
  const inside = keysInside(key);
  const first = inside[0];
  if (first === undefined) throw new Error(`no example for unknown config key "${key}"`);
  const nested = exampleFor(`${key}.${first}`).replace(/^"[^"]*": /, '');
  return `"${key}": {"${first}": ${nested}}`;
}

/** Every example put together as one nested config file object. */
export function exampleConfigFile(): Record<string, JsonValue> {
  const file: Record<string, JsonValue> = {};
  for (const key of CONFIG_KEYS) {
    const parts = key.split('.');
    let section = file;
    for (const part of parts.slice(0, -1)) {
      section[part] ??= {};
      section = section[part] as Record<string, JsonValue>;
    }
    section[parts[parts.length - 1]!] = CONFIG_EXAMPLES[key];
  }
  return file;
}
