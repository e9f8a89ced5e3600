import fs from 'node:fs';
import { builtinSkills } from '../../skills/builtin';
import { defineSkill } from '../../skills/sdk';
import { testConfig, testRobot, at } from '../support/robot-harness';

const broken = defineSkill({
  manifest: {
    id: 'broken',
    version: '1.0.0',
    name: { sv: 'Trasig', en: 'Broken' },
    description: { sv: 'krascha', en: 'crash' },
    languages: ['sv', 'en'],
    intents: [{ id: 'broken', examples: { sv: ['vad heter katten', 'hur lång är giraffen'], en: ['what is the cat called'] } }],
  },
  handle: () => {
    throw new Error('the menu exploded');
  },
});

const sleepy = defineSkill({
  manifest: {
    id: 'sleepy',
    version: '1.0.0',
    name: { sv: 'Sömnig', en: 'Sleepy' },
    description: { sv: 'sova', en: 'sleep' },
    languages: ['sv', 'en'],
    intents: [{ id: 'sleepy', examples: { sv: ['vad drömmer du om', 'vad drömde du om inatt'], en: ['what do you dream about'] } }],
  },
  handle: () => new Promise(() => undefined),
});

const FALLBACK = 'Oj, det vet jag inte just nu. Fråga en fröken!';

describe('conversation', () => {
  it('answers a question through the state machine idle → thinking → speaking → idle', async () => {
    const robot = testRobot();
    const turn = await robot.conversation.ask('vad är klockan');
    expect(turn.answer).toContain('tjugo i tio');
    expect(turn.intent).toBe('time');
    expect(turn.skill).toBe('time');
    expect(robot.states).toEqual(['thinking', 'speaking', 'idle']);
    expect(robot.turns).toHaveLength(1);
  });

  it('gives the kind fallback when a skill throws, logs it with the skill id, and answers the next question', async () => {
    const robot = testRobot({ config: testConfig('baseline'), builtin: [...builtinSkills, broken] });
    const failed = await robot.conversation.ask('vad heter katten');
    expect(failed.skill).toBe('broken');
    expect(failed.outcome).toBe('skill-failed');
    expect(failed.answer).toBe(FALLBACK);
    expect(failed.expression).toBe('sad');

    const next = await robot.conversation.ask('vad är klockan');
    expect(next.outcome).toBe('answered');
    expect(next.answer).toContain('tjugo i tio');

    const log = fs.readFileSync(robot.config.log.file, 'utf8');
    const entry = log.split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((e) => e.msg === 'skill failed');
    expect(entry).toMatchObject({ skill: 'broken', reason: 'threw' });
    expect(entry.error).toContain('the menu exploded');
  });

  it('gives the fallback when a skill never answers (2 s limit), and then answers normally', async () => {
    const config = testConfig('baseline');
    expect(config.skills.timeoutMs).toBe(2000);
    const robot = testRobot({ config, builtin: [...builtinSkills, sleepy] });
    const stuck = await robot.conversation.ask('vad drömmer du om');
    expect(stuck).toMatchObject({ skill: 'sleepy', outcome: 'skill-failed', answer: FALLBACK });
    expect(stuck.ms).toBeGreaterThanOrEqual(1900);
    const next = await robot.conversation.ask('vilken dag är det idag');
    expect(next).toMatchObject({ intent: 'date', outcome: 'answered' });
    expect(next.answer).toContain('onsdag');
  });

  it('understands "och imorgon då?" against the previous question within the follow-up window', async () => {
    const robot = testRobot();
    const today = await robot.conversation.ask('vilken dag är det idag', { now: at('2026-11-25T09:40:00') });
    expect(today.answer).toContain('onsdag');
    const tomorrow = await robot.conversation.ask('och imorgon då?', { now: at('2026-11-25T09:40:15') });
    expect(tomorrow.intent).toBe('date');
    expect(tomorrow.slots).toEqual({ date: '2026-11-26' });
    expect(tomorrow.answer).toContain('torsdag');
  });

  it('reads a follow-up against the question before it, and forgets that question after the window', async () => {
    const robot = testRobot();
    await robot.conversation.ask('vad är klockan', { now: at('2026-11-25T09:40:00') });
    const soon = await robot.conversation.ask('och imorgon då', { now: at('2026-11-25T09:40:10') });
    expect(soon.intent).toBe('time');
    expect(soon.slots).toEqual({ date: '2026-11-26' });

    await robot.conversation.ask('vad är klockan', { now: at('2026-11-25T09:50:00') });
    const late = await robot.conversation.ask('och imorgon då', { now: at('2026-11-25T09:50:21') });
    expect(late.intent).not.toBe('time');
  });

  it('does not understand off-topic talk and says so kindly', async () => {
    const robot = testRobot();
    const turn = await robot.conversation.ask('sätt på musik');
    expect(turn).toMatchObject({ intent: 'oos', skill: null, outcome: 'not-understood' });
    expect(turn.answer).toMatch(/^Det vet jag inte/);
  });

  it('sends a hurt child to a grown-up and raises an alert for the staff', async () => {
    const robot = testRobot();
    const turn = await robot.conversation.ask('jag har ont i magen');
    expect(turn).toMatchObject({ intent: 'needs_adult', skill: 'safeguarding', safeguarding: { category: 'ill', level: 'needs_adult', alerted: true } });
    expect(turn.answer).toBe('Vad tråkigt att du mår dåligt. Gå till en vuxen och berätta hur det känns. Jag säger till personalen också.');
    expect(robot.events).toEqual([
      { type: 'alert', reason: 'needs_adult', skill: 'safeguarding', text: 'jag har ont i magen', at: '2026-11-25T08:40:00.000Z', category: 'ill', level: 'needs_adult', about: 'self' },
    ]);
  });

  it('answers questions asked at the same time one after the other', async () => {
    const robot = testRobot();
    const answers = await Promise.all([robot.conversation.ask('vad är klockan'), robot.conversation.ask('hej då')]);
    expect(answers.map((t) => t.intent)).toEqual(['time', 'goodbye']);
    expect(robot.states).toEqual(['thinking', 'speaking', 'idle', 'thinking', 'speaking', 'idle']);
  });

  it('answers in English when asked in English', async () => {
    const robot = testRobot();
    const turn = await robot.conversation.ask('what time is it');
    expect(turn.lang).toBe('en');
    expect(turn.answer).toContain('twenty to ten');
  });
});
