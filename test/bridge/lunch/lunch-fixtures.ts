import fs from 'node:fs';
import path from 'node:path';
import type { UpstreamResult } from '../../../bridge/types';
import { FIXTURES } from '../../support/fixture-server';

/** Fixture paths as the fixture server wants them (relative to test/fixtures), and their text. */
export const LUNCH = {
  skolmatenWeek: 'bridge/lunch/skolmaten-week.xml',
  skolmatenLegacy: 'bridge/lunch/skolmaten-legacy-days.xml',
  openMeal: 'bridge/lunch/openmeal-meals.json',
  matilda: 'bridge/lunch/matilda-week.html',
  mashie: 'bridge/lunch/mashie-weeks-dst.html',
  mashieEmpty: 'bridge/lunch/mashie-ingen-matsedel.html',
  htmlErrorPage: 'bridge/lunch/html-error-page.html',
} as const;

export function fixtureText(file: string): string {
  return fs.readFileSync(path.join(FIXTURES, file), 'utf8');
}

/** The detail of a malformed result; any other result fails the test with what came instead. */
export function malformedDetail(result: UpstreamResult<unknown>): string {
  if (result.ok || result.problem.kind !== 'malformed') throw new Error(`expected a malformed problem, got ${JSON.stringify(result)}`);
  return result.problem.detail;
}
