import path from 'node:path';
import { defineSkill, readSentenceDir } from '../../sdk';
import { joinList } from '../shared/text';

/** Children stop listening after a few items; the rest are still there to ask about. */
const MAX_LISTED = 5;
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
    const listed = everyday.slice(0, MAX_LISTED);
    const sv = listed.map((s) => s.description.sv);
    const en = listed.map((s) => s.description.en);
    if (everyday.length > listed.length) {
      sv.push('lite till');
      en.push('a bit more');
    }
    // A child should always hear that it can tell the robot when it is hurt or sad.
    const urgent = ctx.skills.filter((s) => s.urgent);
    const alsoSv = urgent.length ? ` Jag kan också ${joinList(urgent.map((s) => s.description.sv), 'sv')}.` : '';
    const alsoEn = urgent.length ? ` I can also ${joinList(urgent.map((s) => s.description.en), 'en')}.` : '';
    return {
      speech: {
        sv: listed.length ? `Jag kan ${joinList(sv, 'sv')}.${alsoSv} Fråga mig!` : `Jag kan säga hej.${alsoSv} Fråga en fröken om resten!`,
        en: listed.length ? `I can ${joinList(en, 'en')}.${alsoEn} Just ask me!` : `I can say hello.${alsoEn} Ask a teacher about the rest!`,
      },
      expression: 'happy',
    };
  },
});
