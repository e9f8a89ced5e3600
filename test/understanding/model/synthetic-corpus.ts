import type { Lang } from '../../../core/languages';
import type { TrainingExample } from '../../../robot/understanding/training/types';
import { mulberry32 } from '../../../robot/understanding/random';

/**
 * A larger made-up corpus for measuring training time, size and latency at realistic scale: about 25 intents
 * in Swedish and English, each core phrase varied with greetings, fillers, tails and dropped words, plus
 * out-of-scope chatter. It is templated, so accuracy on it says little about real children.
 */
const CORES: Record<string, Partial<Record<Lang, string[]>>> = {
  time: { sv: ['vad är klockan', 'hur mycket är klockan', 'vilken tid är det', 'va e klockan', 'hur dags är det'], en: ['what time is it', 'what is the time', 'tell me the time'] },
  date: { sv: ['vilken dag är det', 'vad är det för datum', 'vilken veckodag är det', 'vad är det för dag idag'], en: ['what day is it', 'what is the date today'] },
  days_until: { sv: ['hur många dagar är det kvar till jul', 'när är det min födelsedag', 'hur länge är det kvar till lördag', 'hur många dagar till midsommar'], en: ['how many days until christmas', 'how long until my birthday'] },
  weather: { sv: ['hur är vädret', 'regnar det ute', 'blir det sol', 'är det kallt ute', 'snöar det', 'behöver vi regnkläder'], en: ['what is the weather like', 'is it raining', 'is it cold outside'] },
  lunch: { sv: ['vad blir det för mat', 'vad ska vi äta', 'vad blir det till lunch', 'vad är det för mellanmål', 'blir det fisk'], en: ['what is for lunch', 'what are we eating', 'what is for snack'] },
  greeting: { sv: ['hej', 'hej laiban', 'god morgon', 'hallå', 'tjena'], en: ['hello', 'hi there', 'good morning'] },
  goodbye: { sv: ['hej då', 'vi ses', 'ha det bra', 'nu går jag hem', 'puss och kram'], en: ['goodbye', 'see you later', 'bye bye'] },
  help: { sv: ['vad kan du göra', 'vad kan du', 'hjälp mig', 'vad kan man fråga dig', 'hur funkar du'], en: ['what can you do', 'help me', 'how do you work'] },
  smalltalk: { sv: ['är du en robot', 'hur gammal är du', 'vad heter du', 'har du några kompisar', 'mår du bra'], en: ['are you a robot', 'how old are you', 'what is your name'] },
  needs_adult: { sv: ['jag har ont', 'jag har slagit mig', 'jag blöder', 'någon slog mig', 'jag mår illa', 'jag har ont i magen'], en: ['i am hurt', 'i hurt myself', 'i feel sick'] },
  joke: { sv: ['berätta ett skämt', 'kan du ett skämt', 'säg något roligt', 'få mig att skratta'], en: ['tell me a joke', 'say something funny'] },
  song: { sv: ['sjung en sång', 'kan du sjunga', 'sjung imse vimse spindel', 'vi vill höra en sång'], en: ['sing a song', 'can you sing'] },
  story: { sv: ['läs en saga', 'berätta en saga', 'kan du berätta en historia', 'jag vill höra en saga'], en: ['tell me a story', 'read a story'] },
  animal_fact: { sv: ['berätta om djur', 'vad äter en igelkott', 'hur låter en ko', 'var bor isbjörnar'], en: ['tell me about animals', 'what does a fox say'] },
  count: { sv: ['kan du räkna till tio', 'räkna med mig', 'hur mycket är två plus två', 'vi räknar tillsammans'], en: ['count to ten', 'what is two plus two'] },
  colors: { sv: ['vilken färg är det här', 'vad är din favoritfärg', 'vilka färger finns det', 'vad blir blått och gult'], en: ['what is your favourite colour', 'what colour is this'] },
  who_is_here: { sv: ['vem är här idag', 'vilka är sjuka idag', 'är elsa här', 'vem saknas idag'], en: ['who is here today', 'who is missing today'] },
  toilet: { sv: ['jag måste kissa', 'var är toaletten', 'jag behöver gå på toa', 'jag måste bajsa'], en: ['i need the toilet', 'where is the bathroom'] },
  play: { sv: ['vill du leka', 'kan vi leka', 'vi leker kurragömma', 'ska vi spela ett spel'], en: ['do you want to play', 'let us play a game'] },
  thanks: { sv: ['tack', 'tack så mycket', 'tack laiban', 'tusen tack'], en: ['thank you', 'thanks a lot'] },
  yes: { sv: ['ja', 'ja tack', 'jo', 'absolut', 'mm gärna'], en: ['yes', 'yes please', 'sure'] },
  no: { sv: ['nej', 'nej tack', 'inte nu', 'nä'], en: ['no', 'no thanks', 'not now'] },
  repeat: { sv: ['säg det igen', 'vad sa du', 'kan du upprepa', 'en gång till'], en: ['say that again', 'what did you say'] },
  louder: { sv: ['prata högre', 'jag hör inte', 'kan du prata högre', 'högre tack'], en: ['speak louder', 'i cannot hear you'] },
  stop: { sv: ['sluta', 'tyst', 'stopp', 'var tyst nu', 'sluta prata'], en: ['stop', 'be quiet', 'stop talking'] },
};

const PREFIXES: Record<Lang, string[]> = {
  sv: ['', '', '', 'laiban', 'hej laiban', 'du', 'eh', 'öh', 'men', 'asså', 'fröken', 'robot'],
  en: ['', '', '', 'laiban', 'hey laiban', 'um', 'so', 'robot'],
};
const SUFFIXES: Record<Lang, string[]> = {
  sv: ['', '', '', 'nu', 'idag', 'tack', 'då', 'eller', 'snälla', 'laiban', 'typ'],
  en: ['', '', '', 'now', 'today', 'please', 'laiban'],
};
const OOS_SUBJECTS: Record<Lang, string[]> = {
  sv: ['min pappa', 'min mamma', 'jag', 'min katt', 'elsa', 'min bror', 'dinosaurien', 'tomten', 'hunden', 'min kompis', 'lejonet', 'vi'],
  en: ['my dad', 'my mum', 'i', 'my cat', 'the dinosaur', 'my friend', 'the dog', 'we'],
};
const OOS_PREDICATES: Record<Lang, string[]> = {
  sv: ['har en röd bil', 'kan hoppa högt', 'byggde ett torn', 'gillar bananer', 'har tappat en tand', 'åkte till skogen', 'ritade en sol', 'är jättestor', 'simmar i havet', 'har nya skor', 'sover i en grotta', 'spelar fotboll', 'tycker om glass', 'har en trampolin'],
  en: ['has a red car', 'can jump high', 'built a tower', 'likes bananas', 'lost a tooth', 'went to the forest', 'drew a sun', 'is very big', 'has new shoes'],
};

export function syntheticCorpus(count: number, seed: number): TrainingExample[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const intents = Object.keys(CORES);
  const out: TrainingExample[] = [];
  while (out.length < count) {
    const lang: Lang = random() < 0.8 ? 'sv' : 'en';
    if (random() < 0.25) {
      out.push({ text: vary(`${pick(OOS_SUBJECTS[lang])} ${pick(OOS_PREDICATES[lang])}`, lang, pick, random), intent: 'oos', lang });
      continue;
    }
    const intent = pick(intents);
    const cores = CORES[intent]?.[lang];
    if (!cores) continue;
    out.push({ text: vary(pick(cores), lang, pick, random), intent, lang });
  }
  return out;
}

function vary(core: string, lang: Lang, pick: <T>(items: readonly T[]) => T, random: () => number): string {
  let ws = core.split(' ');
  if (ws.length > 3 && random() < 0.2) ws.splice(Math.floor(random() * ws.length), 1);
  ws = [pick(PREFIXES[lang]), ...ws, pick(SUFFIXES[lang])].filter((w) => w.length > 0);
  return ws.join(' ');
}
