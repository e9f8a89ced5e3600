import type { Skill } from '../sdk/types';
import clothing from './clothing';
import date from './date';
import goodbye from './goodbye';
import greeting from './greeting';
import help from './help';
import lunch from './lunch';
import lunchFeedback from './lunch_feedback';
import needsAdult from './needs_adult';
import pickup from './pickup';
import schedule from './schedule';
import smalltalk from './smalltalk';
import social from './social';
import time from './time';
import weather from './weather';

/** The skills every robot has. Order matters only for help, which lists them in this order. */
export const builtinSkills: readonly Skill[] = [time, date, lunch, weather, clothing, pickup, schedule, lunchFeedback, smalltalk, social, needsAdult, greeting, goodbye, help];
