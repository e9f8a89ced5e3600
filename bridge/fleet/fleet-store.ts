/**
 * Skill bundles IT pushes through the bridge to its robots, and what each robot made of them. A push is a
 * file in `<dir>/pushes/` (written by `laiban bridge push`); results are kept in `<dir>/results.json`. A robot
 * is offered every push meant for it that it has not reported on, so one that was offline gets it when it
 * connects again. Robots are named by their token's name in the bridge config, never by what they say.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { type SkillOffer, skillOfferSchema, type SkillOutcome, skillOutcomeSchema } from '../../protocol/messages';

const targetSchema = z.union([z.strictObject({ all: z.literal(true) }), z.strictObject({ groups: z.array(z.string().min(1)).min(1) })]);
const pushSchema = z.strictObject({ ...skillOfferSchema.shape, target: targetSchema, at: z.string(), bundle: z.string().min(1), metadata: z.unknown() });
export type FleetPush = z.infer<typeof pushSchema>;
const resultsSchema = z.record(z.string(), z.record(z.string(), z.strictObject({ outcome: skillOutcomeSchema, at: z.string() })));
export type FleetResults = z.infer<typeof resultsSchema>;

export class FleetStore {
  constructor(
    readonly dir: string,
    /** Group name → the robots (token names) in it. */
    private readonly groups: Readonly<Record<string, readonly string[]>> = {},
  ) {}

  private get pushesDir(): string {
    return path.join(this.dir, 'pushes');
  }

  private get resultsFile(): string {
    return path.join(this.dir, 'results.json');
  }

  /** Writes a push for IT; the bridge offers it from its next look. */
  addPush(bundle: Buffer, metadata: { signed: { skill: string; version: string; release: number } }, target: FleetPush['target'], at: Date): FleetPush {
    const { skill, version, release } = metadata.signed;
    const push: FleetPush = { pushId: `${skill}-r${release}-${crypto.randomBytes(3).toString('hex')}`, skill, version, release, target, at: at.toISOString(), bundle: bundle.toString('base64'), metadata };
    fs.mkdirSync(this.pushesDir, { recursive: true });
    writeFileAtomic.sync(path.join(this.pushesDir, `${push.pushId}.json`), JSON.stringify(push));
    return push;
  }

  /** The pushes' ids, from their file names alone (the bridge looks for new ones every few seconds). */
  pushIds(): string[] {
    if (!fs.existsSync(this.pushesDir)) return [];
    return fs.readdirSync(this.pushesDir).filter((f) => f.endsWith('.json')).sort().map((f) => f.slice(0, -'.json'.length));
  }

  pushes(): FleetPush[] {
    if (!fs.existsSync(this.pushesDir)) return [];
    return fs.readdirSync(this.pushesDir).filter((f) => f.endsWith('.json')).sort().flatMap((f) => {
      const parsed = pushSchema.safeParse(JSON.parse(fs.readFileSync(path.join(this.pushesDir, f), 'utf8')));
      return parsed.success ? [parsed.data] : [];
    });
  }

  results(): FleetResults {
    if (!fs.existsSync(this.resultsFile)) return {};
    return resultsSchema.parse(JSON.parse(fs.readFileSync(this.resultsFile, 'utf8')));
  }

  isFor(push: FleetPush, robot: string): boolean {
    return 'all' in push.target || push.target.groups.some((g) => this.groups[g]?.includes(robot));
  }

  offersFor(robot: string): SkillOffer[] {
    const results = this.results();
    return this.pushes()
      .filter((p) => this.isFor(p, robot) && !results[p.pushId]?.[robot])
      .map(({ pushId, skill, version, release }) => ({ pushId, skill, version, release }));
  }

  fetch(pushId: string, robot: string): FleetPush | undefined {
    return this.pushes().find((p) => p.pushId === pushId && this.isFor(p, robot));
  }

  report(pushId: string, robot: string, outcome: SkillOutcome, at: Date): boolean {
    if (!this.fetch(pushId, robot)) return false;
    const results = this.results();
    results[pushId] = { ...results[pushId], [robot]: { outcome, at: at.toISOString() } };
    writeFileAtomic.sync(this.resultsFile, `${JSON.stringify(results, null, 2)}\n`);
    return true;
  }
}
