import type { Skill } from '../sdk/types';
import date from './date';
import goodbye from './goodbye';
import greeting from './greeting';
import help from './help';
import needsAdult from './needs_adult';
import smalltalk from './smalltalk';
import time from './time';

/** The skills every robot has. Order matters only for help, which lists them in this order. */
export const builtinSkills: readonly Skill[] = [time, date, smalltalk, needsAdult, greeting, goodbye, help];
