/** SMHI's impact-based weather warnings (IBWW), and which of them matter to one preschool right now. */
import { z } from 'zod';
import type { Localized } from '../../../core/languages';
import type { UpstreamResult, WeatherWarning } from '../../types';
import { fetchUpstream } from '../fetch-upstream';
import { matchSchema, parseJsonBody } from './upstream-json';
import { utcInstant } from './utc-time';

export const SMHI_WARNINGS_BASE_URL = 'https://opendata-download-warnings.smhi.se';

/** `baseUrl` is everything before `/ibww/…`. */
export function smhiWarningsUrl(baseUrl: string = SMHI_WARNINGS_BASE_URL): string {
  return `${baseUrl.replace(/\/+$/, '')}/ibww/api/version/1/warning.json`;
}

/** A text SMHI gives in Swedish and English; if one language is missing the other stands in. */
const bilingual = z
  .object({ sv: z.string().optional(), en: z.string().optional() })
  .refine((t) => t.sv !== undefined || t.en !== undefined, 'neither sv nor en text')
  .transform((t): Localized => ({ sv: (t.sv ?? t.en) as string, en: (t.en ?? t.sv) as string }));

const id = z.union([z.number(), z.string()]).transform(String);
const countyId = z.union([z.number().int(), z.string().regex(/^\d+$/)]).transform(Number);

const LEVELS = { MESSAGE: 'message', YELLOW: 'yellow', ORANGE: 'orange', RED: 'red' } as const;

const warningArea = z.object({
  id: id.optional(),
  approximateStart: utcInstant,
  approximateEnd: utcInstant.nullish(),
  areaName: bilingual,
  warningLevel: z.object({ code: z.enum(['MESSAGE', 'YELLOW', 'ORANGE', 'RED']) }),
  eventDescription: bilingual.optional(),
  // Only counties carry an id; other affected areas (such as sea areas) are named only.
  affectedAreas: z.array(z.object({ id: countyId.optional() })).default([]),
  descriptions: z.array(z.object({ title: z.object({ code: z.string().optional() }).optional(), text: bilingual })).default([]),
});

const warningsAnswer = z.array(
  z.object({
    id,
    event: bilingual,
    warningAreas: z.array(warningArea),
  }),
);

type WarningArea = z.output<typeof warningArea>;

/** SMHI's "description of incident" says it in a few sentences; without one, every section is joined. */
function describe(area: WarningArea, event: Localized): Localized {
  const incident = area.descriptions.find((d) => d.title?.code === 'INCIDENT');
  if (incident) return incident.text;
  if (area.descriptions.length === 0) return area.eventDescription ?? event;
  return {
    sv: area.descriptions.map((d) => d.text.sv).join('\n'),
    en: area.descriptions.map((d) => d.text.en).join('\n'),
  };
}

/** An IBWW answer (already JSON-parsed): one WeatherWarning per warning area; `[]` when SMHI warns of nothing. */
export function parseSmhiWarnings(json: unknown): UpstreamResult<WeatherWarning[]> {
  const checked = matchSchema(warningsAnswer, json, 'SMHI warnings');
  if (!checked.ok) return checked;
  const warnings = checked.value.flatMap((item) =>
    item.warningAreas.map(
      (area, i): WeatherWarning => ({
        id: `${item.id}-${area.id ?? i}`,
        level: LEVELS[area.warningLevel.code],
        event: item.event,
        area: area.areaName,
        counties: area.affectedAreas.flatMap((affected) => (affected.id === undefined ? [] : [affected.id])),
        start: area.approximateStart,
        end: area.approximateEnd ?? null,
        description: describe(area, item.event),
      }),
    ),
  );
  return { ok: true, value: warnings };
}

export interface SmhiWarningsFetchOptions {
  /** Everything before `/ibww/…`; SMHI_WARNINGS_BASE_URL when not given. */
  baseUrl?: string;
  timeoutMs: number;
  maxBytes: number;
}

export async function fetchSmhiWarnings(options: SmhiWarningsFetchOptions): Promise<UpstreamResult<WeatherWarning[]>> {
  const answer = await fetchUpstream(smhiWarningsUrl(options.baseUrl), {
    timeoutMs: options.timeoutMs,
    maxBytes: options.maxBytes,
    headers: { accept: 'application/json' },
  });
  if (!answer.ok) return answer;
  const json = parseJsonBody(answer.value.body, 'SMHI warnings');
  return json.ok ? parseSmhiWarnings(json.value) : json;
}
