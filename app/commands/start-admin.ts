/** IT's admin API beside the panel: on its own port, with the panel's certificate, once an operator has a token. */
import type https from 'node:https';
import { createAdminServer } from '../../admin/admin-server';
import type { LaibanConfig } from '../../config/schema';
import { systemClock } from '../../core/clock';
import type { Robot } from '../../robot/runtime/create-robot';
import type { SkillAdmin } from '../../robot/skill-packages/skill-admin';
import { panelTls } from './panel-tls';

export async function startAdminFor(robot: Robot, config: LaibanConfig, skills: SkillAdmin, say: (line: string) => void): Promise<https.Server | undefined> {
  if (config.admin.tokens.length === 0) return undefined;
  const tls = await panelTls(config.panel, systemClock.now());
  if (tls.kind !== 'tls') {
    say(`IT:s admin-API startar inte: ${tls.kind === 'broken' ? tls.reason : 'det kräver HTTPS (panel.tls är "off")'}`);
    return undefined;
  }
  const server = createAdminServer({ tls, tokens: config.admin.tokens, skills });
  return new Promise((resolve) => {
    server.once('error', (err: Error) => {
      robot.log.error({ error: err.message }, 'admin API not started');
      say(`IT:s admin-API startar inte på port ${config.admin.port}: ${err.message}`);
      resolve(undefined);
    });
    server.listen(config.admin.port, config.panel.host, () => {
      say(`IT:s admin-API för skills: port ${config.admin.port} (${config.admin.tokens.length} operatörer)`);
      resolve(server);
    });
  });
}
