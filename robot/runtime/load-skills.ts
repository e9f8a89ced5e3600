import fs from 'node:fs';
import path from 'node:path';
import { SkillLoadError, validateSkill } from '../../skills/sdk/manifest-schema';
import { readSentenceDir } from '../../skills/sdk/sentences';
import type { IntentSpec, Skill, SkillContext } from '../../skills/sdk/types';
import { describeSkill, SkillSandbox } from '../sandbox/skill-sandbox';
import { claimedOutOfScope, findExampleConflicts } from '../understanding/training';
import { gatherLanguage, type TrainingLanguage } from '../understanding/training/language';

export type SkillProblem =
  | { kind: 'invalid'; where: string; message: string }
  | { kind: 'duplicate-skill'; skill: string; where: string; message: string }
  | { kind: 'duplicate-intent'; intent: string; skills: [string, string]; message: string }
  | { kind: 'shared-example'; example: string; intents: [string, string]; message: string }
  | { kind: 'sentences'; message: string }
  | { kind: 'claimed-out-of-scope'; text: string; intent: string; message: string };

export interface LoadedSkills {
  skills: Skill[];
  /** Every loaded skill's intents, with the templates of its sentence files. */
  intents: IntentSpec[];
  /** The lists and out-of-scope talk the intent model learns from (common files and skills). */
  language: TrainingLanguage;
  problems: SkillProblem[];
  /** The sandbox of each loaded installed skill, by skill id (built-in skills run in-process). */
  sandboxes: Map<string, SkillSandbox>;
}

/** A skill folder to load in place of the one in the installed folder (an install not yet switched in). */
export interface SkillOverride {
  skill: string;
  dir: string;
}

type Found = { skill: unknown; where: string; sandbox?: SkillSandbox };

/**
 * Installed skills live one per folder, each with an index.js whose export is a skill. The robot never
 * loads their code: each is described and later run in its own sandboxed process (robot/sandbox/).
 */
export function readInstalledSkills(dir: string, timeoutMs = 2000, override?: SkillOverride): { found: Found[]; problems: SkillProblem[] } {
  const found: Found[] = [];
  const problems: SkillProblem[] = [];
  const folders = new Map<string, string>();
  for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
    const folder = path.join(dir, entry.name);
    // A bundle-installed skill is a link to its current version (robot/skill-packages/); follow it.
    if (entry.name.startsWith('.') || !(entry.isDirectory() || (entry.isSymbolicLink() && fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()))) continue;
    folders.set(entry.name, folder);
  }
  if (override) folders.set(override.skill, override.dir);
  for (const [name, folder] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
    const where = path.join(dir, name, 'index.js');
    try {
      // The sandbox may read only the skill's real folder (Node's permission model checks real paths).
      const real = fs.realpathSync(folder);
      const manifest = describeSkill(real);
      const sandbox = new SkillSandbox(real);
      const sentencesDir = path.join(real, 'sentences');
      found.push({
        skill: {
          manifest,
          handle: (ctx: SkillContext) => sandbox.handle(ctx, timeoutMs),
          close: () => sandbox.close(),
          ...(fs.existsSync(sentencesDir) ? { sentences: readSentenceDir(sentencesDir) } : {}),
        },
        where,
        sandbox,
      });
    } catch (err) {
      problems.push({ kind: 'invalid', where, message: `skill ${where}: ${(err as Error).message}` });
    }
  }
  return { found, problems };
}

/**
 * Validates every skill and drops the ones that would confuse the robot: invalid manifests, a second
 * skill with the same id or intent. Examples shared between intents are reported but kept, so the
 * skill author (or IT) sees the conflict at install time rather than as odd answers later.
 */
export function assembleSkills(candidates: readonly Found[], disabled: readonly string[]): Pick<LoadedSkills, 'skills' | 'problems'> {
  const skills: Skill[] = [];
  const problems: SkillProblem[] = [];
  const intentOwner = new Map<string, string>();
  for (const { skill: candidate, where } of candidates) {
    let skill: Skill;
    try {
      skill = validateSkill(candidate, where);
    } catch (err) {
      if (!(err instanceof SkillLoadError)) throw err;
      problems.push({ kind: 'invalid', where, message: err.message });
      continue;
    }
    const { id } = skill.manifest;
    if (disabled.includes(id)) continue;
    if (skills.some((s) => s.manifest.id === id)) {
      problems.push({ kind: 'duplicate-skill', skill: id, where, message: `skill ${where}: a skill with id "${id}" is already loaded; this one is ignored` });
      continue;
    }
    const clash = skill.manifest.intents.find((i) => intentOwner.has(i.id));
    if (clash) {
      const owner = intentOwner.get(clash.id) as string;
      problems.push({
        kind: 'duplicate-intent',
        intent: clash.id,
        skills: [owner, id],
        message: `skill "${id}" (${where}) declares intent "${clash.id}", which skill "${owner}" already answers; "${id}" is ignored`,
      });
      continue;
    }
    for (const intent of skill.manifest.intents) intentOwner.set(intent.id, id);
    skills.push(skill);
  }
  problems.push(...findSharedExamples(skills));
  return { skills, problems };
}

/** Phrases two intents both claim, named by skill and intent; intent ids are unique by the time this runs. */
export function findSharedExamples(skills: readonly Skill[]): SkillProblem[] {
  const label = new Map(skills.flatMap((s) => s.manifest.intents.map((i) => [i.id, `${s.manifest.id}/${i.id}`] as const)));
  return findExampleConflicts(skills.flatMap((s) => s.manifest.intents)).map(({ text, intents }) => {
    const pair: [string, string] = [label.get(intents[0]) ?? intents[0], label.get(intents[1]) ?? intents[1]];
    return {
      kind: 'shared-example',
      example: text,
      intents: pair,
      message: `"${text}" is an example of both ${pair[0]} and ${pair[1]}; the robot cannot tell them apart`,
    };
  });
}

export function loadSkills(builtin: readonly Skill[], installedDir: string, disabled: readonly string[], timeoutMs = 2000, override?: SkillOverride): LoadedSkills {
  const installed = readInstalledSkills(installedDir, timeoutMs, override);
  const assembled = assembleSkills(
    [...builtin.map((skill) => ({ skill, where: `built-in ${skill.manifest.id}` })), ...installed.found],
    disabled,
  );
  const gathered = gatherLanguage(assembled.skills);
  const sentenceProblems = gathered.problems.map((message): SkillProblem => ({ kind: 'sentences', message }));
  // Out-of-scope talk a skill now says belongs to the skill (the training set leaves it out); say which.
  const claimed = claimedOutOfScope(gathered.intents, { seed: 0, language: gathered.language }).map(
    ({ text, lang, intent }): SkillProblem => ({
      kind: 'claimed-out-of-scope',
      text,
      intent,
      message: `"${text}" (${lang}) is in the out-of-scope talk, but intent "${intent}" says it too: the intent wins`,
    }),
  );
  sentenceProblems.push(...claimed);
  const sandboxes = new Map<string, SkillSandbox>();
  for (const { skill, sandbox } of installed.found) {
    // validateSkill copies the skill; its handler is the one the sandbox answers through.
    const kept = assembled.skills.find((s) => s.handle === (skill as Skill).handle);
    if (kept && sandbox) sandboxes.set(kept.manifest.id, sandbox);
  }
  return { skills: assembled.skills, intents: gathered.intents, language: gathered.language, problems: [...installed.problems, ...assembled.problems, ...sentenceProblems], sandboxes };
}
