/** The social-talk measure: each line asked of the whole robot, sorted into the right reply, the fallback, or else. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evaluateTalk, formatTalkReport, isTalkFile, readTalkFile } from '../../robot/conversation/evaluate-talk';
import { testRobot } from '../support/robot-harness';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laiban-talk-'));
const write = (name: string, lines: string[]) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
};

describe('measuring social talk', () => {
  it('tells a talk set from a safeguarding or an intent set by its first line', () => {
    expect(isTalkFile(write('talk.jsonl', ['{"text":"jag gillar hästar","lang":"sv","category":"likes"}']))).toBe(true);
    expect(isTalkFile(write('safe.jsonl', ['{"text":"jag ramla","lang":"sv","category":"hurt","level":"needs_adult"}']))).toBe(false);
    expect(isTalkFile(write('intent.jsonl', ['{"text":"vad blir det för mat","intent":"lunch"}']))).toBe(false);
  });

  it('names the line and the problem in a bad file', () => {
    expect(() => readTalkFile(write('bad.jsonl', ['{"text":"hej","lang":"sv","category":"likes"}', '{"text":"hej","lang":"de","category":"likes"}']))).toThrow(
      /bad\.jsonl:2: "lang" must be sv or en/,
    );
    expect(() => readTalkFile(write('bad2.jsonl', ['{"text":"hej","lang":"sv","category":"gossip"}']))).toThrow(/bad2\.jsonl:1: "category" must be one of likes/);
  });

  it('counts the right kind of reply, the generic fallback and a safeguarding question apart, through the real robot', async () => {
    const robot = testRobot();
    const items = readTalkFile(
      write('mixed.jsonl', [
        '{"text":"jag gillar dinosaurier","lang":"sv","category":"likes"}',
        '{"text":"sätt på musik","lang":"sv","category":"off_topic"}',
        '{"text":"vem hämtar kalle","lang":"sv","category":"unknown_name"}',
      ]),
    );
    const report = await evaluateTalk(items, (item) => robot.conversation.ask(item.text, { lang: item.lang }));
    expect(report.n).toBe(3);
    expect(report.right).toBeCloseTo(2 / 3);
    expect(report.fallback).toBeCloseTo(1 / 3);
    expect(report.mistakes.map((m) => [m.item.text, m.verdict])).toEqual([['sätt på musik', 'fallback']]);
    const text = formatTalkReport(report, { mistakes: true });
    expect(text).toMatch(/right kind of reply +66\.7%/);
    expect(text).toMatch(/fallback +off_topic +sätt på musik/);
    await robot.close();
  });
});
