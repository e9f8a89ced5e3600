/**
 * Skolmaten RSS, current (`/api/4/rss/week/{slug}`) and legacy (`/{slug}/rss/days/`): one <item> per weekday,
 * the date in pubDate, the dishes HTML-escaped in <description> between <br /> or <br/>. All lunch.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import he from 'he';
import { z } from 'zod';
import type { Menu, UpstreamResult } from '../../types';
import { calendarDateFromRfc822 } from './calendar-date';
import { fetchMenu, type MenuFetchOptions } from './fetch-menu';
import { type DayEntry, menuFromEntries, UNNAMED_CLOSED_DAY } from './menu-days';
import { describeSchemaError, malformed, startOf } from './upstream-problem';

const itemSchema = z.object({
  title: z.string().optional(),
  pubDate: z.string({ error: 'every item needs a <pubDate> with text' }),
  description: z.string({ error: '<description> must be text (escaped HTML), not XML elements' }).optional(),
});

const feedSchema = z.object({
  rss: z.object({
    channel: z.object({ item: z.array(z.unknown()).optional() }, { error: 'the feed has no <channel>' }),
  }),
});

// An item whose only text says the kitchen is closed ("Stängt", "Stängt – studiedag") is a closed day, not a dish.
const CLOSED = /(?<![\p{L}])stäng[dt](?![\p{L}])/iu;

export function parseSkolmaten(body: string): UpstreamResult<Menu> {
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    return malformed(`Skolmaten answer is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}); it starts "${startOf(body)}"`);
  }
  const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    isArray: (_name, jpath) => jpath === 'rss.channel.item',
  });
  const document: unknown = parser.parse(body);
  if (typeof document !== 'object' || document === null || !('rss' in document)) {
    const root = typeof document === 'object' && document !== null ? Object.keys(document).filter((k) => k !== '?xml')[0] : undefined;
    return malformed(`Skolmaten answer is not an RSS feed: the root element is <${root ?? 'none'}>, not <rss>`);
  }
  const feed = feedSchema.safeParse(document);
  if (!feed.success) return malformed(describeSchemaError('Skolmaten feed', feed.error));

  const entries: DayEntry[] = [];
  const items = feed.data.rss.channel.item ?? [];
  for (const [index, raw] of items.entries()) {
    const item = itemSchema.safeParse(raw);
    if (!item.success) return malformed(describeSchemaError(`Skolmaten item ${index + 1}`, item.error));
    const date = calendarDateFromRfc822(item.data.pubDate);
    if (date === undefined) {
      return malformed(`Skolmaten item ${index + 1} ("${item.data.title ?? ''}"): pubDate "${item.data.pubDate}" is not an RFC 822 date`);
    }
    entries.push(dayEntry(date, dishesOf(item.data.description ?? '')));
  }
  return { ok: true, value: menuFromEntries('skolmaten', entries) };
}

export function fetchSkolmaten(options: MenuFetchOptions): Promise<UpstreamResult<Menu>> {
  return fetchMenu(options, { accept: 'application/rss+xml, application/xml;q=0.9, text/xml;q=0.8' }, parseSkolmaten);
}

/** The description is HTML: split on <br>, drop any other tag, decode entities, trim the trailing ", ". */
function dishesOf(description: string): string[] {
  return description
    .split(/<br\s*\/?>/i)
    .map((part) =>
      he
        .decode(part.replace(/<[^>]*>/g, ''))
        .replace(/\s+/g, ' ')
        .replace(/^[\s,]+|[\s,]+$/g, ''),
    )
    .filter((dish) => dish !== '');
}

function dayEntry(date: string, dishes: string[]): DayEntry {
  if (dishes.length === 0) return { date, holiday: UNNAMED_CLOSED_DAY };
  if (dishes.every((dish) => CLOSED.test(dish))) return { date, holiday: dishes.join(', ') };
  return { date, kind: 'lunch', dishes };
}
