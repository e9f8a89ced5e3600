import { testRobot } from '../support/robot-harness';

async function answer(text: string, now = '2026-11-25T09:40:00', lang?: 'sv' | 'en') {
  const robot = testRobot({ now });
  return robot.conversation.ask(text, { lang });
}

describe('greeting', () => {
  it('greets by the time of day', async () => {
    expect((await answer('hej', '2026-11-25T07:30:00')).answer).toMatch(/^God morgon!/);
    expect((await answer('hej', '2026-11-25T14:00:00')).answer).toMatch(/^God eftermiddag!/);
    expect((await answer('hello', '2026-11-25T19:00:00', 'en')).answer).toMatch(/^Good evening!/);
  });

  it('mentions Friday on Fridays', async () => {
    expect((await answer('hej', '2026-11-27T10:00:00')).answer).toMatch(/^God förmiddag, idag är det fredag!|idag är det fredag!/);
    expect((await answer('hej', '2026-11-26T10:00:00')).answer).not.toContain('fredag');
  });
});

describe('goodbye', () => {
  it('wishes a nice weekend on Fridays and before holidays, a nice evening otherwise', async () => {
    expect((await answer('hej då', '2026-11-27T15:30:00')).answer).toBe('Hej då! Trevlig helg!');
    expect((await answer('hej då', '2026-05-13T15:30:00')).answer).toBe('Hej då! Trevlig helg!'); // before Kristi himmelsfärd
    expect((await answer('hej då', '2026-11-25T15:30:00')).answer).toBe('Hej då! Ha en fin kväll!');
    expect((await answer('hej då', '2026-11-25T09:00:00')).answer).toBe('Hej då! Ha en fin dag!');
  });

  it('names the big holidays', async () => {
    expect((await answer('hej då', '2026-12-23T15:00:00')).answer).toBe('Hej då! God jul!');
    expect((await answer('hej då', '2026-06-18T15:00:00')).answer).toBe('Hej då! Glad midsommar!');
    expect((await answer('bye', '2026-12-30T15:00:00', 'en')).answer).toBe('Bye bye! Happy New Year!');
  });
});

describe('help', () => {
  it('tells what the robot can do from the skills themselves, a little at a time, the grown-up first', async () => {
    const robot = testRobot();
    const ask = (text: string) => robot.conversation.ask(text).then((t) => t.answer);
    expect(await ask('vad kan du')).toBe('Jag kan säga vad klockan är. Jag kan också säga till en fröken om du har ont eller är ledsen. Vill du höra mer?');
    expect(await ask('ja')).toBe('Jag kan också berätta vilken dag det är och berätta vad det blir för mat. Vill du höra mer?');
    expect(await ask('ja tack')).toBe('Jag kan också berätta hur vädret blir och säga vad du ska ha på dig ute. Vill du höra mer?');
    expect(await ask('nej')).toBe('Okej! Fråga mig gärna något annat.');
    expect(await ask('vad kan du')).not.toContain('säga hej');
  });
});

describe('smalltalk', () => {
  it('is honest about being a robot', async () => {
    expect((await answer('är du en robot')).answer).toMatch(/^Ja, jag är en robot/);
    expect((await answer('are you a human', undefined, 'en')).answer).toMatch(/^Yes, I'm a robot/);
  });

  it('answers name, age and thanks', async () => {
    expect((await answer('vad heter du')).answer).toBe('Jag heter Laiban. Jag bor här på förskolan.');
    expect((await answer('hur gammal är du')).answer).toContain('ingen riktig ålder');
    expect((await answer('tack så mycket')).answer).toBe('Varsågod!');
  });
});

