/** What a child thought of the food: "god" → good, "sådär" → okay, "inte god" → bad (the longest phrase wins). */
import type { LunchRating } from '../../../protocol/preschool-data';
import { matchPhrases, type SlotMatch } from './phrases';

const RATINGS: ReadonlyArray<readonly [LunchRating, readonly string[]]> = [
  [
    'good',
    [
      'god', 'gott', 'goda', 'jättegod', 'jättegott', 'supergod', 'supergott', 'jätte god', 'jätte gott', 'mums', 'smaskig', 'smaskigt',
      'bra', 'jättebra', 'toppen', 'jag tyckte om den', 'jag gillade den', 'gillade',
      'good', 'yummy', 'tasty', 'great', 'delicious', 'nice', 'i liked it', 'liked it', 'loved it',
    ],
  ],
  [
    'okay',
    [
      'sådär', 'så där', 'okej', 'ok', 'helt okej', 'mitt emellan', 'lite god', 'lite gott', 'inte så god', 'inte så gott', 'mellan',
      'okay', 'so so', 'alright', 'it was okay', 'not so good',
    ],
  ],
  [
    'bad',
    [
      'inte god', 'inte gott', 'inte goda', 'inte bra', 'äcklig', 'äckligt', 'äckliga', 'dålig', 'dåligt', 'usch', 'fy', 'blä', 'inte alls god',
      'inte alls gott', 'jag tyckte inte om den', 'gillade inte', 'jag gillade inte den',
      'not good', 'yucky', 'yuck', 'disgusting', 'bad', 'didnt like it', 'did not like it', 'not nice',
    ],
  ],
];

export function extractRating(normalized: string): SlotMatch | undefined {
  return matchPhrases(normalized, RATINGS);
}
