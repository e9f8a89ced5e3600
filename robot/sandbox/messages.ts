/**
 * The wire between the robot and a sandboxed skill: JSON lines on the child's stdin and stdout. The robot
 * asks (`describe`, `handle`); while handling, the skill asks back for what only the robot has (its store,
 * bridge data, the log, alerts). Every message is a schema; the types come from the schemas.
 */
import { z } from 'zod';

const id = z.number().int().nonnegative();
const json = z.json();

export const robotToSkillSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('handle'), id, context: z.record(z.string(), json) }),
  z.object({ kind: z.literal('answer'), id, result: json.optional(), error: z.string().optional() }),
]);
export type RobotToSkill = z.infer<typeof robotToSkillSchema>;

export const skillToRobotSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('result'), id, reply: json }),
  z.object({ kind: z.literal('failed'), id, error: z.string() }),
  z.object({
    kind: z.literal('ask'),
    id,
    method: z.enum(['store.get', 'store.set', 'store.delete', 'data.request', 'log', 'emit']),
    params: z.array(json),
  }),
]);
export type SkillToRobot = z.infer<typeof skillToRobotSchema>;

/** What `--describe` prints: the manifest, as the skill exports it (validated by the robot). */
export const describedSchema = z.object({ manifest: json });
