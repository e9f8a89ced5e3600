/** What a page handler gets (the panel's parts and the request) and what it gives back. */
import type { Logger } from '../../core/logger';
import type { Clock } from '../../core/clock';
import type { CalendarDate } from '../../core/calendar';
import type { LunchData } from '../../protocol/messages';
import type { PreschoolStore } from '../../robot/preschool/preschool-store';
import type { WebhookStatus } from '../../robot/safeguarding/webhook';
import type { HealthSource, SourceState } from '../../robot/bridge-link/source-health';
import type { KeyValueStore } from '../../skills/sdk/types';
import type { VisitorFormTokens } from '../auth/csrf';
import type { LoginLimiter } from '../auth/login-limiter';
import type { OneAtATime } from '../auth/one-at-a-time';
import type { Notice, NoticeKind, Session, SessionStore } from '../auth/sessions';
import type { StaffPassword } from '../auth/staff-password';
import type { SafeHtml } from '../html/escape';
import type { Lang, StringKey } from '../strings';

/** One data source on the status page: `upstream` names it ("SMHI"), `state` is how it has done. */
export interface DataSourceStatus {
  id: HealthSource;
  upstream: string;
  state: SourceState;
}

export interface PanelStatus {
  bridge: string;
  dataAge: string | null;
  errors: string[];
  /** Per data source: last success, last failure and why, the age of the data answered from. */
  sources?: DataSourceStatus[];
  /** The intent model in use, in Swedish ("tränad modell, 14 avsikter" / "enkel matchning: …"). */
  model?: string;
  /** The skills that answer, by their Swedish names. */
  skills?: string[];
  /** The free space where the robot keeps its data. */
  diskFreeBytes?: number;
  version?: string;
  /** The SHA-256 fingerprint of the panel's certificate, for staff to compare with what the phone shows. */
  certFingerprint?: string;
  /** Intent ids ("pickup") to the answering skill's Swedish name ("Hämtning"), for the question counts. */
  intentNames?: Record<string, string>;
}

export interface PanelDeps {
  store: PreschoolStore;
  clock: Clock;
  timeZone: string;
  log: Logger;
  status(): PanelStatus;
  onChildrenChanged?(): void;
  /**
   * The lunch the robot has from its menu system for [from, to], for /mat to show beside the typed days;
   * absent when the menu is only typed (lunch.provider "manual").
   */
  fetchedMenu?(from: CalendarDate, to: CalendarDate): Promise<LunchData | undefined>;
  /** The alert webhook's state for the status page; absent when none is configured. */
  webhookStatus?(): WebhookStatus | undefined;
  /** The clothing skill's own store, where /klader keeps the teachers' corrections; absent: not offered. */
  clothingStore?: KeyValueStore;
  sessions: SessionStore;
  /** The signed tokens of the login and set-password forms. */
  visitorForms: VisitorFormTokens;
  limiter: LoginLimiter;
  password: StaffPassword;
  /** Login and setup: one password check at a time, each counted before the next (see OneAtATime). */
  passwordChecks: OneAtATime;
  /** Reading, changing and writing the clothing corrections, one save at a time. */
  clothingWrites: OneAtATime;
  /** Served over TLS: cookies get `Secure`. */
  secure: boolean;
}

export interface RequestContext {
  readonly deps: PanelDeps;
  readonly lang: Lang;
  readonly path: string;
  readonly query: URLSearchParams;
  /** The POSTed form; empty for GET. */
  readonly form: URLSearchParams;
  readonly clientAddress: string;
  readonly session: Session | undefined;
  /** The request's session, or a new visitor session (for a notice on the next page). */
  currentSession(): Session;
  /** The token a form on this page carries: the staff session's, else a signed visitor token. */
  formToken(): string;
  /** Replaces the current session with a staff session under a new id. */
  startStaffSession(): Session;
  endSession(): void;
  /** A message for the next page shown in this session. */
  notify(notice: Notice): void;
  t(key: StringKey, vars?: Record<string, string | number>): string;
}

export type Reply =
  | {
      kind: 'page';
      title: StringKey;
      body: SafeHtml;
      status?: number;
      /** The browser reloads the page after this many seconds (a meta refresh; the panel has no scripts). */
      refreshSeconds?: number;
      /** Shown inside another panel page's frame: no header or navigation, and framing by the panel allowed. */
      frame?: boolean;
    }
  | { kind: 'redirect'; to: string }
  /** A file to save (the lunch ratings as CSV); `fileName` is plain ASCII, chosen by the panel. */
  | { kind: 'download'; fileName: string; contentType: string; body: string };

/** setup: only before a password exists; visitor: anyone (login); staff: a logged-in session. */
export type Access = 'setup' | 'visitor' | 'staff';

export interface Route {
  method: 'GET' | 'POST';
  path: string;
  access: Access;
  handle(ctx: RequestContext): Reply | Promise<Reply>;
}

export function redirect(to: string): Reply {
  return { kind: 'redirect', to };
}

/** Post/redirect/get with a one-time notice: "Sparat." or what was wrong. */
export function redirectWith(ctx: RequestContext, to: string, kind: NoticeKind, key: StringKey, vars?: Record<string, string>): Reply {
  ctx.notify(vars === undefined ? { kind, key } : { kind, key, vars });
  return redirect(to);
}
