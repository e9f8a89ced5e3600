/** The social skill alone: likes said back, birthdays, everyday feelings, teasing, riddles and stories. */
import social from '..';
import { replySchema } from '../../../sdk/manifest-schema';
import { replyOverBudget } from '../../../sdk/speech-budget';
import { at, makeContext } from '../../../../test/support/skill-context';

async function ask(intent: string, text: string, now = '2026-11-25T09:40:00') {
  const reply = await social.handle(makeContext({ intent, text, now: at(now) }));
  expect(replySchema.parse(reply)).toEqual(reply);
  expect(replyOverBudget(reply)).toEqual([]);
  return reply;
}

describe('the social skill', () => {
  it('says a short liked thing back, with interest, and does not echo a long one', async () => {
    expect((await ask('social_likes', 'jag gillar dinosaurier')).speech.sv).toBe('Dinosaurier, vad roligt! Vad tycker du mer om?');
    expect((await ask('social_likes', 'i love horses')).speech.en).toBe('Horses, how fun! What else do you like?');
    const long = await ask('social_likes', 'jag gillar när vi går till skogen och letar svamp');
    expect(long.speech.sv).toBe('Vad roligt att höra! Berätta mer.');
    expect((await ask('social_likes', 'jag har en hund')).variants?.length ?? 0).toBeGreaterThan(0);
  });

  it('does not say "how nice" to a dislike', async () => {
    const reply = await ask('social_likes', 'jag tycker inte om fisk');
    expect(reply.speech.sv).toBe('Okej, man behöver inte tycka om allt. Vad tycker du om då?');
    expect((await ask('social_likes', 'broccoli is yucky')).speech.en).toMatch(/^Okay, you don't have to like everything/);
  });

  it('answers a question about the world warmly and points to a grown-up to find out with', async () => {
    const reply = await ask('social_wonder', 'varför är himlen blå');
    expect(reply.speech.sv).toBe('Vilken bra fråga! Fråga en fröken, så kan ni ta reda på det tillsammans.');
    expect(reply.variants?.length).toBeGreaterThanOrEqual(2);
    expect((await ask('social_wonder', 'why is the sky blue')).speech.en).toBe('What a good question! Ask a teacher, and you can find out together.');
  });

  it('is honest about what a robot cannot do, and offers what it can', async () => {
    expect((await ask('social_wonder', 'kan du flyga')).speech.sv).toBe('Nej, det kan jag inte. Men jag kan prata, lyssna och ge dig en gåta!');
    expect((await ask('social_wonder', 'can you fly')).speech.en).toMatch(/^No, I can't do that/);
  });

  it('knows what the farm animals say, and wonders with the child about the others', async () => {
    expect((await ask('social_wonder', 'vad säger kossan')).speech.sv).toBe('Kossan säger mu!');
    expect((await ask('social_wonder', 'what does the duck say')).speech.en).toBe('The duck says quack!');
    expect((await ask('social_wonder', 'vad säger giraffen')).speech.sv).toMatch(/^Vilken bra fråga/);
  });

  it('congratulates on a birthday, says an age back, and sends greetings to another child', async () => {
    expect((await ask('social_birthday', 'jag fyller år idag')).speech.sv).toBe('Grattis på födelsedagen! Hoppas du får en jättefin dag.');
    expect((await ask('social_birthday', 'jag är fyra år')).speech.sv).toBe('Fyra år, vad stor du är!');
    expect((await ask('social_birthday', 'min kompis fyller år')).speech.sv).toBe('Vad roligt! Säg grattis från mig.');
  });

  it('answers everyday feelings with warm words and a grown-up where it fits', async () => {
    expect((await ask('social_feeling', 'jag fryser')).speech.sv).toMatch(/^Oj, fryser du\? Säg till en vuxen/);
    expect((await ask('social_feeling', 'jag är trött')).speech.sv).toMatch(/vila/);
    expect((await ask('social_feeling', 'jag är glad')).speech.sv).toMatch(/glad/);
    expect((await ask('social_feeling', 'det är tråkigt')).speech.sv).toMatch(/leka/);
  });

  it('stays calm and kind when teased, in several phrasings', async () => {
    const reply = await ask('social_teasing', 'du är dum');
    expect(reply.expression).toBe('neutral');
    expect([reply.speech, ...(reply.variants ?? [])].map((p) => p.sv)).toEqual(
      expect.arrayContaining(['Det där var inte så snällt. Men jag tycker om dig ändå.']),
    );
    expect(reply.variants!.length).toBeGreaterThanOrEqual(2);
  });

  it('plays guess the animal: the clue now, the answer after any guess', async () => {
    const reply = await ask('social_play', 'kan vi leka');
    expect(reply.speech.sv).toMatch(/^Gissa djuret! /);
    expect(reply.guessing).toBe(true);
    expect(reply.moreQuestion).toEqual({ sv: 'Vad tror du?', en: 'What do you think?' });
    expect(reply.more![0]!.sv).toMatch(/^Det är en .+!/);
    const later = await ask('social_play', 'kan vi leka', '2026-11-25T09:41:00');
    expect(later.speech.sv).not.toBe(reply.speech.sv);
    expect((await ask('social_play', 'kan vi räkna')).speech.sv).toMatch(/^Vi räknar tillsammans!/);
  });

  it('tells a very short story in parts that ends, and is honest about singing', async () => {
    const story = await ask('social_story', 'berätta en saga');
    expect(story.speech.sv).toMatch(/^Det var en gång|^En liten björn/);
    expect(story.more!.at(-1)!.sv).toMatch(/Slut!$/);
    expect((await ask('social_story', 'kan du sjunga')).speech.sv).toBe('Jag kan inte sjunga så bra. Men du kan sjunga för mig!');
  });
});
