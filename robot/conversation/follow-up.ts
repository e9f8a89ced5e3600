import type { Lang } from '../../core/languages';
import type { SlotKind, Slots } from '../../skills/sdk/types';
import { words } from '../understanding/normalize';
import { type SlotContext, slotFillers } from '../understanding/slot-fillers';
import type { Understood } from '../understanding/types';

/** What the robot remembers of the last turn, for about 20 seconds. */
export interface TurnMemory {
  intent: string;
  slots: Slots;
  lang: Lang;
  /** Epoch ms of the answer. */
  at: number;
  /** The slot the robot just asked for ("Vad heter du?" asks for child). */
  awaiting?: SlotKind;
}

/** Words that carry no content in a follow-up such as "och imorgon då?" or "what about friday". */
const FILLER = new Set(
  'och då men än eller så hur blir det är för vad med nu igen ja and what about how then so is it on again it will be'.split(' '),
);

export interface FollowUpRequest extends SlotContext {
  understood: Understood;
  memory: TurnMemory | undefined;
  now: Date;
  windowMs: number;
  /** Slot kinds the remembered intent accepts. */
  acceptedSlots: readonly SlotKind[];
}

/**
 * Reads the utterance against the previous turn: an answer to the robot's own question fills the
 * slot it asked for; an utterance that is nothing but a slot ("och imorgon då?") repeats the last
 * intent with that slot changed. Anything else stands on its own.
 */
export function applyFollowUp(req: FollowUpRequest): Understood {
  const { understood, memory } = req;
  if (!memory || req.now.getTime() - memory.at > req.windowMs) return understood;
  const lang = memory.lang;

  if (memory.awaiting) {
    const match = slotFillers[memory.awaiting](understood.normalized, req);
    // A name the roster does not know is still the answer to "Vad heter du?"; the skill says it does not know it.
    const value = match?.value ?? (memory.awaiting === 'child' ? understood.normalized : undefined);
    // A bare name can also sound like the question itself ("alva" → pickup): that is the answer too.
    if (value && (understood.intent === 'oos' || understood.intent === memory.intent || match)) {
      return { ...understood, lang, intent: memory.intent, confidence: 1, slots: { ...memory.slots, [memory.awaiting]: value } };
    }
    return understood;
  }

  const changed: Slots = {};
  let rest = ` ${understood.normalized} `;
  for (const kind of req.acceptedSlots) {
    const match = slotFillers[kind](understood.normalized, req);
    if (!match) continue;
    changed[kind] = match.value;
    rest = rest.replace(` ${match.matched} `, ' ');
  }
  const onlySlots = Object.keys(changed).length > 0 && words(rest.trim()).every((w) => FILLER.has(w));
  if (!onlySlots) return understood;
  return { ...understood, lang, intent: memory.intent, confidence: 1, slots: { ...memory.slots, ...changed } };
}
