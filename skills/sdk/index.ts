/** What a skill author imports. */
export * from './types';
export { defineSkill } from './define';
export * from '../../core/calendar';
export * from './data';
export { readSentenceDir, type SentenceFile, type SkillSentences } from './sentences';
export { MAX_SENTENCES, MAX_WORDS, overBudget, replyOverBudget, wordCount } from './speech-budget';
export { quietContext } from './quiet-context';
