/**
 * What `laiban start` tells the staff at the console, in the robot's language and in plain words: the
 * technical reason for anything missing goes to the log (and `laiban doctor` shows it), not to the console.
 */
import type { Lang, Localized } from '../../core/languages';

export interface StartFacts {
  robotName: string;
  ears: { kind: 'voice' } | { kind: 'console'; missing: 'microphone' | 'model' | 'libvosk' };
  speech: { kind: 'on' } | { kind: 'off'; reason: string };
  /** How weather and menus arrive, as the bridge link says it (Swedish). */
  bridge?: string;
  dataDirProblem?: string;
  body: { kind: 'found'; path: string } | { kind: 'none' };
  skillProblems: number;
}

const speechOff = (reason: string): Localized =>
  /no audio device/.test(reason)
    ? { sv: 'inget ljudkort hittades', en: 'no sound card was found' }
    : /speech\.engine is "none"/.test(reason)
      ? { sv: 'det är avstängt i inställningarna', en: 'it is turned off in the settings' }
      : { sv: 'rösten gick inte att starta (se laiban doctor)', en: 'the voice could not start (see laiban doctor)' };

export function startNotices(lang: Lang, facts: StartFacts): string[] {
  const pick = (text: Localized) => text[lang];
  const missing: Record<'microphone' | 'model' | 'libvosk', Localized> = {
    microphone: { sv: 'ingen mikrofon', en: 'no microphone' },
    model: { sv: 'ingen taligenkänningsmodell', en: 'no speech model' },
    libvosk: { sv: 'taligenkänningen (libvosk) saknas', en: 'the speech recogniser (libvosk) is missing' },
  };
  const lines: Localized[] = [
    facts.ears.kind === 'voice'
      ? { sv: `${facts.robotName} är igång och lyssnar.`, en: `${facts.robotName} is running and listening.` }
      : {
          sv: `${facts.robotName} är igång i textläge (${missing[facts.ears.missing].sv}; laiban doctor säger mer).`,
          en: `${facts.robotName} is running in text mode (${missing[facts.ears.missing].en}; laiban doctor says more).`,
        },
  ];
  if (facts.speech.kind === 'off') {
    const why = speechOff(facts.speech.reason);
    lines.push({ sv: `Rösten är avstängd: ${why.sv}. Svaren skrivs här.`, en: `The voice is off: ${why.en}. Answers are written here.` });
  }
  if (facts.bridge) lines.push({ sv: `Väder och mat: ${facts.bridge}.`, en: `Weather and menus: ${facts.bridge}.` });
  if (facts.dataDirProblem) lines.push({ sv: `Obs: ${facts.dataDirProblem}`, en: `Note: ${facts.dataDirProblem}` });
  lines.push(
    facts.body.kind === 'found'
      ? { sv: `Kroppen är ansluten: ${facts.body.path}.`, en: `The body is connected: ${facts.body.path}.` }
      : { sv: 'Ingen kropp är ansluten (laiban doctor säger mer).', en: 'No body is connected (laiban doctor says more).' },
  );
  if (facts.skillProblems > 0) {
    lines.push({ sv: `${facts.skillProblems} problem med skills (laiban skills visar vilka).`, en: `${facts.skillProblems} skill problems (laiban skills shows which).` });
  }
  return lines.map(pick);
}

export const consolePrompt: Localized = { sv: 'Skriv en fråga och tryck Enter. Skriv "exit" för att avsluta.', en: 'Type a question and press Enter. Type "exit" to quit.' };

export const voicePrompt = (name: string): Localized => ({
  sv: `Säg "hej ${name}", tryck på knappen, eller tryck Enter och prata. Du kan också skriva en fråga. Skriv "exit" för att avsluta.`,
  en: `Say "hej ${name}", press the button, or press Enter and talk. You can also type a question. Type "exit" to quit.`,
});

/** "[personalen larmas] 09:41: …": an alert as the console shows it, at local time. */
export function alertLine(lang: Lang, emergency: boolean, at: string, said: string): string {
  const label: Localized = emergency ? { sv: 'NÖDLÄGE – personalen larmas', en: 'EMERGENCY – staff alerted' } : { sv: 'personalen larmas', en: 'staff alerted' };
  return `[${label[lang]}] ${at}: "${said}"`;
}
