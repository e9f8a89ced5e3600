import fs from 'node:fs';
import path from 'node:path';
import { fixedClock } from '../../core/clock';
import { PreschoolStore } from '../../robot/preschool/preschool-store';
import { createSpeechOut } from '../../speech/out/create';
import { sanitizeForSpeech } from '../../speech/out/sanitize';
import { at, testConfig, testRobot } from '../support/robot-harness';
import { startFixtureServer } from '../support/fixture-server';

/** The day the tests' entries are for: the robot's real-time purge must not treat them as past days. */
const REAL_DAY = fixedClock(at('2026-11-25T10:00:00'));

function configWithStore(setup: (store: PreschoolStore) => void = () => undefined) {
  const config = testConfig('baseline');
  const store = PreschoolStore.open(PreschoolStore.inDataDir(config.dataDir));
  setup(store);
  store.close();
  return config;
}

describe('the robot and the preschool store', () => {
  it('keeps a needs_adult alert for the panel, with what the child said', async () => {
    const robot = testRobot({ config: configWithStore(), realClock: REAL_DAY });
    await robot.conversation.ask('jag har ont i magen');
    const stamp = at('2026-11-25T09:40:00').toISOString();
    expect(robot.preschool?.alerts()).toEqual([
      { id: 1, at: stamp, lastAt: stamp, text: 'jag har ont i magen', category: 'ill', level: 'needs_adult', about: 'self', repeats: 1, acknowledgedAt: null },
    ]);
    // The log file outlives the day: it records that an alert was raised, not what the child said.
    const log = fs.readFileSync(robot.config.log.file, 'utf8');
    expect(log).toContain('safeguarding alert');
    expect(log).not.toContain('ont i magen');
    await robot.close();
  });

  it('counts the questions of the day per intent, and keeps no text', async () => {
    const robot = testRobot({ config: configWithStore(), realClock: fixedClock(at('2026-11-25T10:00:00')) });
    await robot.conversation.ask('vad är klockan');
    await robot.conversation.ask('vilken dag är det');
    await robot.conversation.ask('vad är klockan nu');
    expect(robot.preschool?.questionCounts('2026-11-25')).toEqual([
      { intent: 'time', count: 2 },
      { intent: 'date', count: 1 },
    ]);
    await robot.close();
  });

  it('understands the children the teachers added as names, besides those in config', async () => {
    const config = { ...configWithStore((s) => s.addChild('Saga')), children: ['Alva'] };
    const robot = testRobot({ config, realClock: REAL_DAY });
    expect(robot.roster).toEqual(['Alva', 'Saga']);
    robot.preschool?.addChild('Ines');
    robot.refreshRoster();
    expect(robot.roster).toEqual(['Alva', 'Ines', 'Saga']);
    const understood = await robot.understanding.understand({ text: 'vem hämtar ines', lang: 'sv', defaultLang: 'sv', today: '2026-11-25', roster: robot.roster });
    expect(understood.slots.child).toBe('Ines');
    await robot.close();
  });

  it('forgets yesterday\'s pick-ups when the real day changes, whatever day a question pretends', async () => {
    const config = configWithStore((s) => {
      const alva = s.addChild('Alva', true);
      s.setPickup(alva.id, '2026-11-24', 'mormor', '15:30');
      s.setPickup(alva.id, '2026-11-25', 'pappa', '16:00');
    });
    let real = at('2026-11-24T17:00:00');
    const robot = testRobot({ config, now: '2026-12-24T10:00:00', realClock: { now: () => real } });
    expect(robot.preschool?.pickupsOn('2026-11-24')).toHaveLength(1);
    real = at('2026-11-25T07:00:00');
    await robot.conversation.ask('vad är klockan');
    expect(robot.preschool?.pickupsOn('2026-11-24')).toEqual([]);
    expect(robot.preschool?.pickupsOn('2026-11-25')).toHaveLength(1);
    await robot.close();
  });

  it('answers who picks a child up from the teachers\' entry, and never for a child marked not to be told', async () => {
    const config = configWithStore((s) => {
      const alva = s.addChild('Alva', true);
      s.setPickup(alva.id, '2026-11-25', 'mormor', '15:30', 'har med sig cykeln');
      const noah = s.addChild('Noah', false);
      s.setPickup(noah.id, '2026-11-25', 'pappa', '16:00');
    });
    const robot = testRobot({ config, realClock: REAL_DAY });
    await robot.conversation.ask('vem hämtar alva');
    await robot.conversation.ask('vem hämtar noah');
    // A child answering "Vad heter du?" with a name the robot does not know gets the same answer as for Noah:
    // the robot never reveals whether a child exists, or whether its pick-up is secret.
    await robot.conversation.ask('vem hämtar mig');
    await robot.conversation.ask('Elias');
    expect(robot.turns.map((t) => t.answer)).toEqual([
      'Mormor hämtar Alva klockan halv fyra.',
      'Det vet jag inte. Fråga en fröken!',
      'Jag ska titta efter. Vad heter du?',
      'Det vet jag inte. Fråga en fröken!',
    ]);
    await robot.close();
  });

  it('reads no invented plan: without one it does not know; the teachers\' weekday plan and a date\'s own plan it tells', async () => {
    const config = configWithStore();
    const robot = testRobot({ config, realClock: REAL_DAY });
    await robot.conversation.ask('vad ska vi göra idag');
    await robot.conversation.ask('när ska vi gå ut');
    robot.preschool?.addActivity(3, '11:30', 'lunch');
    await robot.conversation.ask('vad ska vi göra idag');
    robot.preschool?.addDateActivity('2026-11-25', '10:00', 'utflykt till skogen');
    await robot.conversation.ask('vad ska vi göra idag');
    const answers = robot.turns.map((t) => t.answer);
    expect(answers[0]).toBe('Jag vet inte vad vi ska göra idag. Fråga en fröken!');
    expect(answers[1]).toMatch(/^(Det vet jag inte|Jag vet inte vad vi ska göra idag)\. Fråga en fröken!$/);
    expect(answers.join(' ')).not.toMatch(/halv tio/);
    expect(answers[2]).toContain('Klockan halv tolv är det lunch');
    expect(answers[3]).toContain('utflykt till skogen');
    expect(answers[3]).not.toContain('lunch');
    await robot.close();
  });

  it('speaks a pick-up the teachers typed as markup as plain words, through real espeak-ng', async () => {
    const attack = '<img src=x onerror=alert(1)>';
    const config = configWithStore((s) => {
      const alva = s.addChild('Alva', true);
      s.setPickup(alva.id, '2026-11-25', `${attack} mormor`, '15:30');
    });
    const wavDir = path.join(config.dataDir, 'wav');
    const speech = await createSpeechOut({ ...config.speech, engine: 'wav', wavDir });
    if (speech.kind !== 'on') throw new Error(`speech is off: ${speech.reason}`);
    const spoken: string[] = [];
    const robot = testRobot({
      config,
      realClock: REAL_DAY,
      presenters: [
        async (turn) => {
          spoken.push(sanitizeForSpeech(turn.answer, config.speech.maxChars));
          await speech.out.speak(turn.answer, turn.lang);
        },
      ],
    });
    await robot.conversation.ask('vem hämtar alva');
    expect(robot.turns[0]?.answer).toBe(`${attack} mormor hämtar Alva klockan halv fyra.`);
    expect(spoken).toEqual(['mormor hämtar Alva klockan halv fyra.']);
    expect(fs.readdirSync(wavDir)).toEqual(['0001-sv.wav']);
    await speech.out.close?.();
    await robot.close();
  });

  it('tells the lunch the teachers typed in when the menu is manual', async () => {
    const config = configWithStore((s) => {
      s.setManualMenuDay('2026-11-25', ['Fiskgratäng med potatismos', 'Hemlagad grönsaksgratäng (Vegetariskt)']);
    });
    const robot = testRobot({ config: { ...config, lunch: { ...config.lunch, provider: 'manual' } }, realClock: REAL_DAY });
    await robot.conversation.ask('vad blir det för mat idag');
    await robot.conversation.ask('vad blir det för mat imorgon');
    expect(robot.turns.map((t) => t.answer)).toEqual([
      'Idag ska vi äta fiskgratäng med potatismos eller grönsaksgratäng.',
      'Jag vet inte vad det blir för mat imorgon. Fråga en fröken!',
    ]);
    await robot.close();
  });

  it('keeps answering when the preschool database cannot be opened', async () => {
    const config = testConfig('baseline');
    const file = PreschoolStore.inDataDir(config.dataDir);
    fs.mkdirSync(path.join(file, 'not-a-file'), { recursive: true });
    const robot = testRobot({ config, realClock: REAL_DAY });
    expect(robot.preschool).toBeUndefined();
    await robot.conversation.ask('jag har ont i magen');
    expect(robot.turns[0]?.intent).toBe('needs_adult');
    expect(robot.events).toHaveLength(1);
    await robot.close();
  });
});

describe('the lunch a teacher typed, with a menu system configured', () => {
  it('says the typed dishes for the typed day and the feed for the others, whatever the provider', async () => {
    const upstream = await startFixtureServer();
    upstream.route('/solrosen/rss', { kind: 'file', file: 'bridge/lunch/skolmaten-week.xml', contentType: 'application/rss+xml' });
    // The feed has köttbullar on Tuesday 12 May 2026 and kyckling on Friday, but the kitchen changed both.
    const config = {
      ...configWithStore((s) => {
        s.setManualMenuDay('2026-05-12', ['Fiskgratäng']);
        s.setManualMenuDay('2026-05-15', ['Pannkakor']);
      }),
      lunch: { provider: 'skolmaten' as const, url: `${upstream.url}/solrosen/rss`, source: 'default' },
    };
    try {
      const tuesday = testRobot({ config, now: '2026-05-12T09:00:00', realClock: fixedClock(at('2026-05-12T09:00:00')) });
      expect((await tuesday.conversation.ask('vad blir det för mat idag')).answer).toBe('Idag ska vi äta fiskgratäng.');
      await tuesday.close();
      const monday = testRobot({ config, now: '2026-05-11T09:00:00', realClock: fixedClock(at('2026-05-11T09:00:00')) });
      expect((await monday.conversation.ask('vad blir det för mat idag')).answer.toLowerCase()).toContain('fiskgratäng med potatismos');
      expect((await monday.conversation.ask('vad blir det för mat på fredag')).answer.toLowerCase()).toContain('pannkakor');
      await monday.close();
    } finally {
      await upstream.close();
    }
  }, 30_000);
});

describe('the data sources\' health, for the status page', () => {
  it('keeps why SMHI cannot be reached (a host that does not resolve) and the lunch feed\'s success', async () => {
    const upstream = await startFixtureServer();
    upstream.route('/solrosen/rss', { kind: 'file', file: 'bridge/lunch/skolmaten-week.xml', contentType: 'application/rss+xml' });
    const base = testConfig('baseline');
    const config = {
      ...base,
      weather: { ...base.weather, baseUrl: 'http://smhi.laiban-test.invalid', warningsBaseUrl: 'http://smhi.laiban-test.invalid' },
      lunch: { provider: 'skolmaten' as const, url: `${upstream.url}/solrosen/rss`, source: 'default' },
    };
    const robot = testRobot({ config, now: '2026-05-12T09:00:00', realClock: fixedClock(at('2026-05-12T09:00:00')) });
    try {
      await robot.conversation.ask('vad blir det för mat idag');
      await robot.conversation.ask('vad är det för väder');
      const health = robot.bridgeLink!.health.snapshot();
      expect(health.lunch?.lastSuccessAt).toBeDefined();
      expect(health.lunch?.lastFailure).toBeUndefined();
      expect(health.weather?.lastSuccessAt).toBeUndefined();
      expect(health.weather?.lastFailure?.problem).toEqual({ kind: 'network', detail: expect.stringMatching(/ENOTFOUND|EAI_AGAIN/) });
    } finally {
      await robot.close();
      await upstream.close();
    }
  }, 30_000);
});

describe('what the children thought of the food', () => {
  it('counts "maten var god", "inte god" and an answer to "Vad tyckte du om maten?" per day and dish, never per child', async () => {
    const config = configWithStore((s) => s.setManualMenuDay('2026-11-25', ['Fiskgratäng']));
    const robot = testRobot({ config, now: '2026-11-25T12:30:00', realClock: REAL_DAY });
    try {
      expect((await robot.conversation.ask('maten var god')).answer).toBe('Vad roligt! Tack, det ska vi berätta för kocken!');
      expect((await robot.conversation.ask('maten var inte god')).answer).toBe('Vad synd. Tack, det ska vi berätta för kocken!');
      const asked = await robot.conversation.ask('tack för maten');
      expect(asked.answer).toBe('Vad roligt att du vill berätta! Vad tyckte du om maten? Var den god, sådär eller inte god?');
      expect((await robot.conversation.ask('sådär')).answer).toBe('Tack, det ska vi berätta för kocken!');
      expect(robot.preschool?.lunchRatings('2026-11-23', '2026-11-27')).toEqual([{ date: '2026-11-25', dish: 'Fiskgratäng', good: 1, okay: 1, bad: 1 }]);
      const columns = robot.preschool?.db.prepare('SELECT * FROM lunch_ratings LIMIT 1').get() as Record<string, unknown>;
      expect(Object.keys(columns).sort()).toEqual(['count', 'date', 'dish', 'rating']);
    } finally {
      await robot.close();
    }
  });
});

describe('after lunch', () => {
  it('asks "Vad tyckte du om maten?" after telling what we ate today, and counts the answer', async () => {
    const config = configWithStore((s) => s.setManualMenuDay('2026-11-25', ['Köttbullar']));
    const robot = testRobot({ config, now: '2026-11-25T13:10:00', realClock: REAL_DAY });
    try {
      expect((await robot.conversation.ask('vad åt vi idag')).answer).toBe('Idag åt vi köttbullar. Vad tyckte du om maten?');
      expect((await robot.conversation.ask('den var jättegod')).answer).toBe('Vad roligt! Tack, det ska vi berätta för kocken!');
      expect(robot.preschool?.lunchRatings('2026-11-25', '2026-11-25')).toEqual([{ date: '2026-11-25', dish: 'Köttbullar', good: 1, okay: 0, bad: 0 }]);
    } finally {
      await robot.close();
    }
    // Before lunch there is nothing to ask.
    const morning = testRobot({ config, now: '2026-11-25T09:10:00', realClock: REAL_DAY });
    expect((await morning.conversation.ask('vad blir det för mat idag')).answer).toBe('Idag ska vi äta köttbullar.');
    await morning.close();
  });
});
