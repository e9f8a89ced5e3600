/** Only what a trusted key signed, unchanged, unexpired and newer than anything seen, is installed. */
import fs from 'node:fs';
import path from 'node:path';
import { readAudit } from '../../robot/skill-packages/audit-log';
import { metadataPathFor } from '../../robot/skill-packages/metadata';
import { readLedger } from '../../robot/skill-packages/release-ledger';
import { jokeSkill, newKey, robotWith, signedBundle } from './support';

jest.setTimeout(60_000);

const key = newKey();
const trusted = [{ publicKey: key.publicKey, revoked: false }];

describe('a signed skill bundle', () => {
  it('installs when a trusted key signed it, and is remembered outside the skills folder', async () => {
    const robot = robotWith(trusted);
    const result = await robot.install(await signedBundle(jokeSkill('1.0.0'), key, { release: 1 }));
    expect(result).toEqual({ kind: 'installed', skill: 'joke', version: '1.0.0', release: 1 });
    expect(fs.lstatSync(path.join(robot.paths.installedDir, 'joke')).isSymbolicLink()).toBe(true);
    expect(readLedger(robot.paths.ledgerFile).joke?.highestRelease).toBe(1);
    expect(readAudit(robot.paths.auditFile)).toEqual([expect.objectContaining({ who: 'it-anna', action: 'install', skill: 'joke', version: '1.0.0', result: 'done' })]);
  });

  it('is refused when the bundle was changed after signing', async () => {
    const bundle = await signedBundle(jokeSkill('1.0.0'), key, { release: 1 });
    fs.appendFileSync(bundle, 'x');
    const robot = robotWith(trusted);
    expect(await robot.install(bundle)).toEqual({ kind: 'refused', skill: 'joke', reason: expect.stringContaining('not the one that was signed') });
    expect(fs.existsSync(path.join(robot.paths.installedDir, 'joke'))).toBe(false);
  });

  it('is refused when its metadata was changed after signing', async () => {
    const bundle = await signedBundle(jokeSkill('1.0.0'), key, { release: 1 });
    const meta = JSON.parse(fs.readFileSync(metadataPathFor(bundle), 'utf8'));
    meta.signed.release = 99;
    fs.writeFileSync(metadataPathFor(bundle), JSON.stringify(meta));
    expect(await robotWith(trusted).install(bundle)).toMatchObject({ kind: 'refused', reason: expect.stringContaining('signature does not match') });
  });

  it('is refused when signed by an unknown key or a revoked one', async () => {
    const bundle = await signedBundle(jokeSkill('1.0.0'), newKey(), { release: 1 });
    expect(await robotWith(trusted).install(bundle)).toMatchObject({ kind: 'refused', reason: expect.stringContaining('unknown key') });
    const revoked = await signedBundle(jokeSkill('1.0.0'), key, { release: 1 });
    expect(await robotWith([{ publicKey: key.publicKey, revoked: true }]).install(revoked)).toMatchObject({ kind: 'refused', reason: expect.stringContaining('revoked key') });
  });

  it('accepts either key during a key change', async () => {
    const next = newKey();
    const robot = robotWith([...trusted, { publicKey: next.publicKey, revoked: false }]);
    expect(await robot.install(await signedBundle(jokeSkill('1.0.0'), key, { release: 1 }))).toMatchObject({ kind: 'installed' });
    expect(await robot.install(await signedBundle(jokeSkill('1.0.1'), next, { release: 2 }))).toMatchObject({ kind: 'installed', version: '1.0.1' });
  });

  it('is refused when expired, or made for a newer robot', async () => {
    const expired = await signedBundle(jokeSkill('1.0.0'), key, { release: 1, expires: '2026-12-01T00:00:00Z' });
    expect(await robotWith(trusted).install(expired)).toMatchObject({ kind: 'refused', reason: expect.stringContaining('expired') });
    const future = await signedBundle(jokeSkill('1.0.0'), key, { release: 1, minRobotVersion: '2.0.0' });
    expect(await robotWith(trusted).install(future)).toMatchObject({ kind: 'refused', reason: expect.stringContaining('robot version 2.0.0') });
  });

  it('refuses a replayed older release, even after the skill folder was deleted', async () => {
    const robot = robotWith(trusted);
    const old = await signedBundle(jokeSkill('1.0.0'), key, { release: 1 });
    expect(await robot.install(await signedBundle(jokeSkill('1.1.0'), key, { release: 2 }))).toMatchObject({ kind: 'installed' });
    expect(await robot.install(old)).toMatchObject({ kind: 'refused', reason: expect.stringContaining('not newer than release 2') });
    fs.rmSync(path.join(robot.paths.installedDir, 'joke'));
    expect(await robot.install(old)).toMatchObject({ kind: 'refused', reason: expect.stringContaining('not newer than release 2') });
  });

  it('refuses a downgrade unless forced', async () => {
    const robot = robotWith(trusted);
    await robot.install(await signedBundle(jokeSkill('1.1.0'), key, { release: 1 }));
    const older = await signedBundle(jokeSkill('1.0.0'), key, { release: 2 });
    expect(await robot.install(older)).toMatchObject({ kind: 'refused', reason: expect.stringContaining('downgrade needs --force') });
    expect(await robot.install(older, { force: true })).toMatchObject({ kind: 'installed', version: '1.0.0', previous: '1.1.0' });
  });

  it('is refused when its manifest is not what the metadata says', async () => {
    const bundle = await signedBundle(jokeSkill('1.0.0'), key, { release: 1, version: '1.2.0' });
    expect(await robotWith(trusted).install(bundle)).toMatchObject({ kind: 'refused', reason: 'the bundle holds joke 1.0.0, but its signed metadata says joke 1.2.0' });
  });
});
