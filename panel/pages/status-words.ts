/** The status page's facts in plain words: why a data source failed, how old data is, how big a disk is. */
import type { SourceProblem } from '../../robot/bridge-link/source-health';
import type { Lang } from '../strings';

const NO_NETWORK = /ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|getaddrinfo/;

/** "Kan inte nå SMHI — ingen internetanslutning?" */
export function plainReason(lang: Lang, upstream: string, problem: SourceProblem): string {
  const sv = lang === 'sv';
  switch (problem.kind) {
    case 'network':
      if (NO_NETWORK.test(problem.detail)) return sv ? `Kan inte nå ${upstream} — ingen internetanslutning?` : `Cannot reach ${upstream} — no internet connection?`;
      if (/ECONNREFUSED/.test(problem.detail)) return sv ? `${upstream} tar inte emot anslutningen.` : `${upstream} refuses the connection.`;
      return sv ? `Kan inte nå ${upstream} (${problem.detail}).` : `Cannot reach ${upstream} (${problem.detail}).`;
    case 'timeout':
      return sv ? `${upstream} svarade inte inom ${Math.round(problem.afterMs / 1000)} s.` : `${upstream} did not answer within ${Math.round(problem.afterMs / 1000)} s.`;
    case 'http':
      return sv ? `${upstream} svarade med fel ${problem.status}.` : `${upstream} answered with error ${problem.status}.`;
    case 'too-large':
      return sv ? `${upstream} skickade mer data än roboten tar emot.` : `${upstream} sent more data than the robot accepts.`;
    case 'malformed':
      return sv ? `${upstream} skickade något roboten inte kan läsa.` : `${upstream} sent something the robot cannot read.`;
    case 'bridge':
      return sv ? `Bryggan svarade inte (${problem.detail}).` : `The bridge did not answer (${problem.detail}).`;
    case 'stale':
      return sv ? `Inga nya uppgifter från ${upstream}; roboten svarar från sin senaste kopia.` : `No new data from ${upstream}; the robot answers from its last copy.`;
  }
}

/** "12 min", "3 tim", "2 dygn". */
export function plainAge(lang: Lang, fromIso: string, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - Date.parse(fromIso)) / 60_000));
  if (minutes < 120) return `${minutes} min`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} ${lang === 'sv' ? 'tim' : 'h'}`;
  return `${Math.round(minutes / 1440)} ${lang === 'sv' ? 'dygn' : 'days'}`;
}

/** "3,2 GB" */
export function plainBytes(lang: Lang, bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 })} ${units[unit]}`;
}
