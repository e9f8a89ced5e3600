/** Every spoken answer is at most two short sentences: checked over every built-in skill's replies. */
import { everyReply } from '../../scripts/every-reply';
import { MAX_WORDS, overBudget, replyOverBudget } from '../../skills/sdk/speech-budget';

describe('the word budget', () => {
  it('holds for every phrasing and part of every built-in reply, in both languages', async () => {
    const replies = await everyReply();
    expect(replies.length).toBeGreaterThan(300);
    expect(new Set(replies.map((r) => r.skill)).size).toBeGreaterThanOrEqual(13);
    const over = replies.flatMap(({ skill, text, reply }) => replyOverBudget(reply).map((problem) => `${skill} ("${text}"): ${problem}`));
    expect(over).toEqual([]);
  });

  it('fails a reply that grows past it', () => {
    expect(overBudget('Idag blir det fisk. Sedan går vi ut.')).toBeUndefined();
    expect(overBudget('Idag blir det fisk. Sedan går vi ut. Sedan vilar vi.')).toContain('3 sentences');
    const long = Array.from({ length: MAX_WORDS + 1 }, () => 'ord').join(' ') + '.';
    expect(overBudget(long)).toContain(`${MAX_WORDS + 1} words`);
    const grown = { speech: { sv: 'Kort.', en: 'Short.' }, expression: 'happy' as const, more: [{ sv: long, en: 'Short.' }] };
    expect(replyOverBudget(grown)).toHaveLength(1);
  });
});
