import type { TrainingExample } from '../../../robot/understanding/training/types';

/** Four intents and out-of-scope, as children might say them: 20 phrasings to train on and 5 never seen in training. */
const PHRASINGS: Record<string, { train: string[]; heldOut: string[] }> = {
  time: {
    train: [
      'vad är klockan', 'vad är klockan nu', 'va e klockan', 'hur mycket är klockan', 'kan du säga vad klockan är',
      'vet du vad klockan är', 'laiban vad är klockan', 'vilken tid är det', 'vad är det för tid nu', 'är klockan mycket',
      'säg vad klockan är', 'klockan', 'hur dags är det', 'vad visar klockan', 'är det sent nu',
      'vad är klockan just nu', 'berätta vad klockan är', 'hur mycket är klockan nu', 'vilken tid är det nu', 'kolla klockan',
    ],
    heldOut: ['kan du kolla vad klockan är', 'vad är tiden', 'laiban hur mycket är klockan', 'vet du hur dags det är', 'vad e klockan nu då'],
  },
  weather: {
    train: [
      'hur är vädret', 'hur är vädret idag', 'regnar det', 'kommer det att regna', 'är det kallt ute',
      'är det varmt ute', 'snöar det', 'blir det sol idag', 'vad blir det för väder', 'behöver jag regnkläder',
      'vad är det för väder ute', 'blir det regn imorgon', 'är det blåsigt', 'hur kallt är det ute', 'hur varmt är det',
      'ska det snöa', 'skiner solen', 'vädret imorgon', 'blir det fint väder', 'måste vi ha mössa ute',
    ],
    heldOut: ['kommer det snö idag', 'hur blir vädret imorgon', 'är det regn ute nu', 'är det kallt idag', 'behöver vi regnkläder idag'],
  },
  lunch: {
    train: [
      'vad blir det för mat', 'vad ska vi äta', 'vad blir det till lunch', 'vad äter vi idag', 'vad är det för mat idag',
      'vad blir det till middag', 'blir det pannkakor', 'vad ska vi äta till lunch', 'vad finns det för mat', 'när ska vi äta',
      'jag är hungrig vad blir det för mat', 'vad äter vi till lunch', 'blir det fisk idag', 'vad är det för lunch', 'får vi glass',
      'vad blir det för mellanmål', 'vad ska vi äta idag', 'vad blir det för mat imorgon', 'äter vi spagetti idag', 'maten',
    ],
    heldOut: ['vad blir det för lunch idag', 'vad ska vi äta imorgon', 'vad är det för mellanmål', 'blir det korv till lunch', 'vad får vi äta'],
  },
  goodbye: {
    train: [
      'hej då', 'hejdå laiban', 'vi ses', 'vi ses imorgon', 'ha det bra',
      'nu går jag hem', 'hej hej', 'adjö', 'puss och kram', 'nu ska jag gå',
      'jag måste gå nu', 'vi ses sen', 'tack och hej', 'hej då på dig', 'ses imorgon',
      'nu går jag', 'mamma har kommit nu går jag', 'ha en bra dag', 'godnatt', 'hej då robot',
    ],
    heldOut: ['hej då laiban', 'vi ses på måndag', 'nu går vi hem', 'ha det så bra', 'jag går hem nu'],
  },
  oos: {
    train: [
      'min pappa har en röd bil', 'vad äter en dinosaurie', 'jag har en katt', 'kan du flyga', 'titta på min teckning',
      'banan banan banan', 'jag kan hoppa högt', 'varför är himlen blå', 'min bror är dum', 'jag vill ha en hund',
      'kan du sjunga en sång', 'jag har byggt ett torn', 'lejonet är starkast', 'min mormor bor i skåne', 'jag gillar blått',
      'var bor tomten', 'jag har tappat en tand', 'kan du dansa', 'vi har en trampolin', 'bilen är snabb',
    ],
    heldOut: ['min kanin heter snöboll', 'hur stor är en elefant', 'jag har nya skor', 'kan robotar simma', 'vi byggde en koja'],
  },
};

function examples(part: 'train' | 'heldOut'): TrainingExample[] {
  return Object.entries(PHRASINGS).flatMap(([intent, p]) => p[part].map((text) => ({ text, intent, lang: 'sv' as const })));
}

export const smallTrainSet: TrainingExample[] = examples('train');
export const smallHeldOutSet: TrainingExample[] = examples('heldOut');
