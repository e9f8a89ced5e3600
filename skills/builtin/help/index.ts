import path from 'node:path';
import { defineSkill, readSentenceDir } from '../../sdk';
import { joinList } from '../shared/text';

/** One thing at first, then two per part after "Vill du höra mer?": children stop listening after a few. */
const PER_PART = 2;
const MOST_PARTS = 4;
const NOT_LISTED = new Set(['help', 'greeting', 'goodbye']);

export default defineSkill({
  sentences: readSentenceDir(path.join(__dirname, 'sentences')),
  manifest: {
    id: 'help',
    version: '1.0.0',
    name: { sv: 'Hjälp', en: 'Help' },
    description: { sv: 'berätta vad jag kan', en: 'tell you what I can do' },
    languages: ['sv', 'en'],
    intents: [
      {
        id: 'help',
        examples: {
          sv: [
            'vad kan du', 'vad kan du göra', 'vad kan jag fråga dig', 'vad kan jag fråga om', 'hjälp', 'hjälp mig', 'vad vet du',
            'vad vet du om', 'vad kan du svara på', 'vad kan man fråga dig', 'vad kan du berätta', 'vad gör du', 'kan du hjälpa mig',
            'vad kan du säga', 'va kan du', 'vad kan man säga till dig', 'vad ska jag fråga', 'vad är du bra på', 'hur pratar jag med dig',
            'hur gör man för att prata med dig', 'hur funkar du', 'vad kan man göra med dig',
          ],
          en: [
            'what can you do', 'what can i ask you', 'help', 'help me', 'what do you know', 'what can you tell me', 'what are you good at',
            'what can i say', 'can you help me', 'what should i ask',
          ],
        },
      },
    ],
  },
  handle: (ctx) => {
    const everyday = ctx.skills.filter((s) => !s.urgent && !NOT_LISTED.has(s.id));
    // A child should always hear, first of all, that it can tell the robot when it is hurt or sad.
    const urgent = ctx.skills.filter((s) => s.urgent);
    const alsoSv = urgent.length ? ` Jag kan också ${joinList(urgent.map((s) => s.description.sv), 'sv')}.` : '';
    const alsoEn = urgent.length ? ` I can also ${joinList(urgent.map((s) => s.description.en), 'en')}.` : '';
    const [first, ...others] = everyday;
    if (!first) return { speech: { sv: `Jag kan säga hej.${alsoSv}`, en: `I can say hello.${alsoEn}` }, expression: 'happy' };
    const more = [];
    for (let i = 0; i < others.length && more.length < MOST_PARTS; i += PER_PART) {
      const pair = others.slice(i, i + PER_PART);
      more.push({ sv: `Jag kan också ${joinList(pair.map((s) => s.description.sv), 'sv')}.`, en: `I can also ${joinList(pair.map((s) => s.description.en), 'en')}.` });
    }
    return {
      speech: { sv: `Jag kan ${first.description.sv}.${alsoSv}`, en: `I can ${first.description.en}.${alsoEn}` },
      expression: 'happy',
      ...(more.length ? { more } : {}),
    };
  },
});
