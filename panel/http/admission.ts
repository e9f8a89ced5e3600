/** Who may reach which route, before any handler runs. */
import type { Session } from '../auth/sessions';
import type { StringKey } from '../strings';
import type { Route } from './context';

export type Admission =
  | { kind: 'admit'; route: Route }
  | { kind: 'redirect'; to: string }
  | { kind: 'refuse'; status: number; message: StringKey };

export function admit(route: Route | undefined, method: 'GET' | 'POST', path: string, session: Session | undefined, needsSetup: boolean): Admission {
  if (needsSetup) {
    if (route?.access === 'setup') return { kind: 'admit', route };
    return method === 'GET' ? { kind: 'redirect', to: '/setup' } : { kind: 'refuse', status: 403, message: 'error_setup_first' };
  }
  if (!route || route.access === 'setup') return { kind: 'refuse', status: 404, message: 'error_not_found' };
  if (route.access === 'staff' && session?.kind !== 'staff') {
    if (method === 'GET') return { kind: 'redirect', to: path === '/' ? '/login' : `/login?next=${encodeURIComponent(path)}` };
    return { kind: 'refuse', status: 401, message: 'error_login_needed' };
  }
  return { kind: 'admit', route };
}
