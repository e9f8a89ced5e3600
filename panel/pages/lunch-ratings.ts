/**
 * What the children thought of the food, for the kitchen: this week's counts per day and dish on /mat, and
 * the same as CSV (/mat/omdomen.csv). Counts only: no child is ever recorded.
 */
import type { CalendarDate } from '../../core/calendar';
import type { LunchRatingCount } from '../../robot/preschool/store-types';
import { mondayOf, shortDate, today } from '../dates';
import { html, type SafeHtml } from '../html/escape';
import type { Reply, RequestContext } from '../http/context';
import { weekDates } from './menu-actions';

function weekRatings(ctx: RequestContext): { monday: CalendarDate; rows: LunchRatingCount[] } {
  const monday = mondayOf(today(ctx.deps).date);
  return { monday, rows: ctx.deps.store.lunchRatings(monday, weekDates(monday)[4]!) };
}

export function ratingsSection(ctx: RequestContext): SafeHtml {
  const { rows } = weekRatings(ctx);
  const list =
    rows.length === 0
      ? html`<p>${ctx.t('ratings_none')}</p>`
      : html`<ul class="items">${rows.map(
          (r) => html`<li><strong>${shortDate(ctx.lang, r.date)}</strong> ${r.dish || ctx.t('ratings_no_dish')}<br>${ctx.t('ratings_counts', {
            good: r.good,
            okay: r.okay,
            bad: r.bad,
          })}</li>`,
        )}</ul><p><a class="linkbutton" href="/mat/omdomen.csv" download>${ctx.t('ratings_csv')}</a></p>`;
  return html`<h2>${ctx.t('ratings_title')}</h2><p class="muted">${ctx.t('ratings_hint')}</p><div class="card">${list}</div>`;
}

/** A spreadsheet cell: quoted, and never a formula (a dish starting with "=" stays text). */
function cell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function ratingsCsv(ctx: RequestContext): Reply {
  const { monday, rows } = weekRatings(ctx);
  const header = [ctx.t('csv_date'), ctx.t('csv_dish'), ctx.t('csv_good'), ctx.t('csv_okay'), ctx.t('csv_bad')];
  const lines = [header, ...rows.map((r) => [r.date, r.dish, r.good, r.okay, r.bad])].map((row) => row.map(cell).join(';'));
  // A byte-order mark so Excel reads the Swedish letters as UTF-8; semicolons as Swedish Excel expects.
  return { kind: 'download', fileName: `maten-vecka-${monday}.csv`, contentType: 'text/csv; charset=utf-8', body: `\uFEFF${lines.join('\r\n')}\r\n` };
}
