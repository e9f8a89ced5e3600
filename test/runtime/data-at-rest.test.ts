/** Children's data on the robot's disk: gone when it is deleted, readable by the robot's user only, purged at midnight. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Clock } from '../../core/clock';
import { PreschoolStore } from '../../robot/preschool/preschool-store';
import { msUntilNextMidnight } from '../../robot/runtime/midnight';
import { at, tempDir, testConfig, testRobot } from '../support/robot-harness';

const mode = (file: string): number => fs.statSync(file).mode & 0o777;

/** Every byte the database keeps on disk, its WAL included. */
const onDisk = (dir: string): string =>
  fs
    .readdirSync(dir)
    .filter((f) => f.startsWith('preschool.db'))
    .map((f) => fs.readFileSync(path.join(dir, f)).toString('latin1'))
    .join('');

/** Real time, moved to `start`: it keeps running, so a timer set for midnight really comes. */
function clockFrom(start: Date): Clock {
  const offset = start.getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

describe('children\'s data at rest', () => {
  it('leaves nothing of a deleted pick-up, message or child\'s words readable in the database files', () => {
    const dir = tempDir();
    const store = PreschoolStore.open(PreschoolStore.inDataDir(dir));
    const child = store.addChild('Alva');
    store.setPickup(child.id, '2026-11-24', 'Mostermarker Qwertyson', '15:30');
    store.addMessage('2026-11-24', 'Meddelandemarker om Alvas mage');
    store.raiseAlert({ at: new Date('2026-11-24T08:00:00Z'), text: 'jag har ont barnordsmarker', category: 'hurt', level: 'needs_adult', about: 'self' }, 0);
    expect(onDisk(dir)).toContain('barnordsmarker');
    store.forgetBefore('2026-11-25', new Date('2026-11-24T23:00:00Z'));
    for (const marker of ['Mostermarker', 'Meddelandemarker', 'barnordsmarker']) expect(onDisk(dir)).not.toContain(marker);
    store.close();
  });

  it('keeps the data folder, the database and the log readable by the robot\'s user only', async () => {
    const config = testConfig();
    const robot = testRobot({ config });
    await robot.conversation.ask('jag har ont i knät');
    expect(mode(config.dataDir)).toBe(0o700);
    for (const file of ['preschool.db', 'preschool.db-wal', 'laiban.log']) expect([file, mode(path.join(config.dataDir, file))]).toEqual([file, 0o600]);
    await robot.close();
  });

  it('uses a new private temporary folder when the configured one cannot be used, and says so', async () => {
    const blocker = path.join(tempDir(), 'a-file');
    fs.writeFileSync(blocker, '');
    const config = testConfig();
    const predictable = path.join(os.tmpdir(), `laiban-${process.getuid?.() ?? 'user'}`);
    const robot = testRobot({ config: { ...config, dataDir: path.join(blocker, 'data'), log: { ...config.log, file: path.join(blocker, 'data', 'laiban.log') } } });
    expect(robot.dataDir).not.toBe(predictable);
    expect(path.dirname(robot.dataDir)).toBe(os.tmpdir());
    expect(mode(robot.dataDir)).toBe(0o700);
    expect(robot.dataDirProblem).toMatch(/cannot be used.*gone at restart/);
    expect(robot.preschool).toBeDefined();
    await robot.close();
  });

  it('forgets yesterday\'s pick-ups and alerts just after midnight, with nobody asking anything', async () => {
    const config = testConfig('baseline');
    const store = PreschoolStore.open(PreschoolStore.inDataDir(config.dataDir));
    const child = store.addChild('Alva');
    store.setPickup(child.id, '2026-11-25', 'mormor', '15:30');
    store.raiseAlert({ at: at('2026-11-25T16:00:00'), text: 'jag är ledsen', category: 'feelings', level: 'needs_adult', about: 'self' }, 0);
    store.close();
    const realClock = clockFrom(at('2026-11-25T23:59:59'));
    expect(msUntilNextMidnight(realClock, config.timeZone)).toBeLessThanOrEqual(2000);
    const robot = testRobot({ config, realClock });
    expect(robot.preschool!.pickupsOn('2026-11-25')).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(robot.preschool!.pickupsOn('2026-11-25')).toEqual([]);
    expect(robot.preschool!.alerts()).toEqual([]);
    await robot.close();
  });
});
