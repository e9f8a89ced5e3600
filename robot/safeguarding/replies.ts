/**
 * What the robot says to a child who may need a grown-up: short, kind, concrete, in the child's language,
 * with the preschool's word for its staff ("en vuxen", "en fröken"; never "hon"). About another child it
 * sends the speaker for help and never comforts the speaker for someone else's hurt.
 */
import type { Lang, Localized } from '../../core/languages';
import type { Reply } from '../../skills/sdk/types';
import type { Detection, FeelingKind, SafeguardingCategory } from '../understanding/safeguarding/categories';

/** Words for the staff, said after "Gå till …", "Ropa på …", "säg till …". */
export type StaffWord = Record<Lang, string>;

type Said = (staff: StaffWord) => Localized;

const TOLD: Localized = { sv: 'Jag säger till personalen också.', en: "I'm telling the staff too." };

const FOR_SELF: Record<Exclude<SafeguardingCategory, 'feelings'>, Said> = {
  emergency: (s) => ({
    sv: `Stanna här. Ropa på ${s.sv} så högt du kan! Jag larmar personalen nu.`,
    en: `Stay here. Shout for ${s.en} as loud as you can! I'm alerting the staff now.`,
  }),
  hurt: (s) => ({ sv: `Aj, stackars dig! Gå till ${s.sv} och visa var det gör ont.`, en: `Ouch, poor you! Go to ${s.en} and show where it hurts.` }),
  ill: (s) => ({ sv: `Vad tråkigt att du mår dåligt. Gå till ${s.sv} och berätta hur det känns.`, en: `I'm sorry you feel poorly. Go to ${s.en} and tell them how it feels.` }),
  hit_bullied: (s) => ({ sv: `Så får ingen göra mot dig. Gå till ${s.sv} och berätta vad som hände.`, en: `Nobody may do that to you. Go to ${s.en} and tell them what happened.` }),
  lost_alone: (s) => ({ sv: `Stanna där du är och ropa på ${s.sv}, så kommer någon.`, en: `Stay where you are and call for ${s.en}, and someone will come.` }),
  toilet_accident: (s) => ({ sv: `Det gör ingenting, det händer alla. Gå till ${s.sv}, så får du hjälp.`, en: `That's okay, it happens to everyone. Go to ${s.en}, and you'll get help.` }),
  toilet_routine: (s) => ({ sv: `Gå till toaletten. Säg till ${s.sv} om du behöver hjälp.`, en: `Off to the toilet. Tell ${s.en} if you need help.` }),
  help_call: (s) => ({ sv: `Jag hör dig! Ropa på ${s.sv}, så kommer någon.`, en: `I hear you! Call for ${s.en}, and someone will come.` }),
};

const FEELINGS: Record<FeelingKind, Said> = {
  sad: (s) => ({ sv: `Vad tråkigt att du är ledsen. Gå till ${s.sv}, så får du tröst.`, en: `I'm sorry you're sad. Go to ${s.en} for a cuddle.` }),
  scared: (s) => ({ sv: `Det är okej att vara rädd. Gå till ${s.sv}, så är du inte ensam.`, en: `It's okay to be scared. Go to ${s.en}, and you won't be alone.` }),
  angry: (s) => ({ sv: `Det är okej att bli arg. Gå till ${s.sv} och berätta vad som hände.`, en: `It's okay to feel angry. Go to ${s.en} and tell them what happened.` }),
  missing: (s) => ({ sv: `Jag förstår att du längtar. Gå till ${s.sv}, så får du en kram.`, en: `I understand you miss them. Go to ${s.en} for a hug.` }),
  grief: (s) => ({ sv: `Åh, vad ledsamt. Gå till ${s.sv} och berätta, så får du en kram.`, en: `Oh, that is so sad. Go to ${s.en} and tell them, and you'll get a hug.` }),
  lonely: (s) => ({ sv: `Vad tråkigt. Gå till ${s.sv}, så hittar ni någon att leka med.`, en: `That's sad. Go to ${s.en}, and you'll find someone to play with.` }),
};

const join = (first: Localized, then?: Localized): Localized =>
  then === undefined ? first : { sv: `${first.sv} ${then.sv}`, en: `${first.en} ${then.en}` };

/** The answer to a detection at an acting level (emergency, needs_adult, routine). */
export function safeguardingReply(detection: Detection, staff: StaffWord, options: { alerting: boolean; said?: string }): Reply {
  const { category } = detection;
  if (detection.about === 'other' && category !== 'toilet_routine') {
    const who = detection.name !== undefined ? { sv: detection.name, en: detection.name } : otherFromWords(options.said ?? '');
    if (category === 'emergency') {
      return {
        speech: { sv: `Ropa på ${staff.sv} nu, ${who.sv} behöver hjälp! Jag larmar personalen.`, en: `Shout for ${staff.en} now, ${who.en} needs help! I'm alerting the staff.` },
        expression: 'surprised',
      };
    }
    return {
      speech: join({ sv: `Spring och säg till ${staff.sv} att ${who.sv} behöver hjälp.`, en: `Run and tell ${staff.en} that ${who.en} needs help.` }, TOLD),
      expression: 'surprised',
    };
  }
  if (category === 'emergency') return { speech: FOR_SELF.emergency(staff), expression: 'surprised' };
  const words = category === 'feelings' ? FEELINGS[detection.kind ?? 'sad'](staff) : FOR_SELF[category](staff);
  return { speech: options.alerting ? join(words, TOLD) : words, expression: category === 'toilet_routine' ? 'neutral' : 'sad' };
}

function otherFromWords(said: string): Localized {
  return /\b(kompis\w*|vän|friend)\b/.test(said) ? { sv: 'din kompis', en: 'your friend' } : { sv: 'någon', en: 'someone' };
}

/** Asked when the detector is unsure: the child's yes raises the alert. */
export const checkInQuestion = (staff: StaffWord): Localized => ({
  sv: `Har det hänt något? Ska jag säga till ${staff.sv}?`,
  en: `Has something happened? Shall I tell ${staff.en}?`,
});

export const checkInYes = (staff: StaffWord): Localized => ({
  sv: `Då säger jag till personalen. Gå till ${staff.sv} du också.`,
  en: `Then I'll tell the staff. Go to ${staff.en} too.`,
});

export const checkInNo: Localized = { sv: 'Vad bra! Fråga mig gärna något annat.', en: 'Good! Ask me something else if you like.' };

/** Said when the child answered nothing after an emergency word: the alert goes anyway. */
export const checkInSilence: Localized = { sv: 'Jag säger till personalen, för säkerhets skull.', en: "I'm telling the staff, just to be safe." };
