/** Asking the bridge for data, for the skills that answer from it. */
import { type DataOf, type DataSourceName, type JsonValue, readData, type SkillContext } from '../../sdk';

/**
 * The checked answer of a data source, or undefined (with a warning in the log) when the request fails
 * (no data at all, bridge down, no permission) or the answer is malformed: the skill then says it does not know.
 */
export async function requestData<S extends DataSourceName>(
  ctx: Pick<SkillContext, 'data' | 'log'>,
  source: S,
  params?: Record<string, JsonValue>,
): Promise<DataOf<S> | undefined> {
  let answer: JsonValue;
  try {
    answer = await ctx.data.request(source, params);
  } catch (error) {
    ctx.log.warn(`no "${source}" data`, { error: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
  const read = readData(source, answer);
  if (!read.ok) {
    ctx.log.warn(`ignored malformed "${source}" data`, { reason: read.reason });
    return undefined;
  }
  return read.data;
}
