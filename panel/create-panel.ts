/**
 * The teacher web panel: server-rendered pages over node:http or node:https for a phone, Swedish first.
 * Everything behind a staff password; see README.md for the rooms and auth/ for how security works.
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../core/logger';
import type { Clock } from '../core/clock';
import type { PreschoolStore } from '../robot/preschool/preschool-store';
import type { KeyValueStore } from '../skills/sdk/types';
import { VisitorFormTokens } from './auth/csrf';
import { LoginLimiter } from './auth/login-limiter';
import { OneAtATime } from './auth/one-at-a-time';
import { parseScryptHash } from '../core/passwords';
import { SessionStore } from './auth/sessions';
import { StaffPassword } from './auth/staff-password';
import type { PanelDeps, PanelStatus, Route } from './http/context';
import { createRequestHandler } from './http/router';
import { alertRoutes } from './pages/alerts';
import { changePasswordRoutes } from './pages/change-password';
import { childrenRoutes } from './pages/children';
import { clothingRoutes } from './pages/clothing';
import { loginRoutes } from './pages/login';
import { menuRoutes } from './pages/menu';
import { planRoutes } from './pages/plan';
import { setupRoutes } from './pages/setup';
import { statusRoutes } from './pages/status';
import { todayRoutes } from './pages/today';

export { hashPassword, hashPasswordAsync, verifyPassword, verifyPasswordAsync } from '../core/passwords';
export type { PanelStatus } from './http/context';

export interface PanelOptions {
  store: PreschoolStore;
  clock: Clock;
  timeZone: string;
  log: Logger;
  host: string;
  /** 0: any free port. */
  port: number;
  /** PEM; absent: plain HTTP. */
  tls?: { key: string; cert: string };
  /** A staff password hash already configured (config panel.passwordHash), else the panel's own in store settings. */
  passwordHash?: string;
  /** Printed on the robot's console at first start; the set-password page asks for it. */
  setupCode: string;
  status(): PanelStatus;
  /** Called after a child is added or removed (the robot retrains its name list). */
  onChildrenChanged?(): void;
  /** The lunch from the robot's menu system, for /mat; absent when the menu is only typed (lunch.provider "manual"). */
  fetchedMenu?: PanelDeps['fetchedMenu'];
  /** The clothing skill's own store (robot.skillStore('clothing')); without it /klader says it is not available. */
  clothingStore?: KeyValueStore;
  webhookStatus?: PanelDeps['webhookStatus'];
}

export interface RunningPanel {
  url: string;
  port: number;
  close(): Promise<void>;
}

export const PANEL_ROUTES: readonly Route[] = [
  ...setupRoutes,
  ...loginRoutes,
  ...todayRoutes,
  ...childrenRoutes,
  ...planRoutes,
  ...menuRoutes,
  ...clothingRoutes,
  ...alertRoutes,
  ...statusRoutes,
  ...changePasswordRoutes,
];

export async function startPanel(o: PanelOptions): Promise<RunningPanel> {
  if (o.passwordHash !== undefined && o.passwordHash.trim() !== '' && !parseScryptHash(o.passwordHash)) {
    o.log.error('panel: the configured password hash is not "scrypt$N$r$p$salt$hash"; nobody can log in');
  }
  const deps: PanelDeps = {
    store: o.store,
    clock: o.clock,
    timeZone: o.timeZone,
    log: o.log,
    status: () => o.status(),
    onChildrenChanged: o.onChildrenChanged && (() => o.onChildrenChanged?.()),
    ...(o.fetchedMenu ? { fetchedMenu: o.fetchedMenu } : {}),
    clothingStore: o.clothingStore,
    ...(o.webhookStatus ? { webhookStatus: o.webhookStatus } : {}),
    sessions: new SessionStore(o.clock),
    visitorForms: new VisitorFormTokens(o.clock),
    limiter: new LoginLimiter(o.clock),
    password: new StaffPassword(o.store, o.passwordHash, o.setupCode),
    passwordChecks: new OneAtATime(),
    clothingWrites: new OneAtATime(),
    secure: o.tls !== undefined,
  };
  const handler = createRequestHandler(deps, PANEL_ROUTES);
  const server = o.tls ? https.createServer({ key: o.tls.key, cert: o.tls.cert }, handler) : http.createServer(handler);
  // Slow clients must not hold connections open for ever.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const host = o.host.includes(':') ? `[${o.host}]` : o.host;
  const url = `${o.tls ? 'https' : 'http'}://${host}:${port}`;
  o.log.info({ url, setup: deps.password.needsSetup() }, 'panel: listening');
  return {
    url,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
