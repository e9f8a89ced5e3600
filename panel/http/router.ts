/**
 * One request, start to end: language, session, who may come in (admission), the POST checks (origin, body,
 * CSRF token), then the route's handler and the page around its answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkOrigin, CSRF_FIELD, csrfTokenMatches } from '../auth/csrf';
import type { Session } from '../auth/sessions';
import { layout } from '../html/layout';
import { refusalPage } from '../pages/refusal';
import { isLang, type Lang, translate } from '../strings';
import { admit } from './admission';
import type { PanelDeps, Reply, RequestContext, Route } from './context';
import { clientAddress, parseCookies, readForm } from './request';
import { FRAMEABLE_BY_PANEL, send, serializeCookie } from './respond';

export const SESSION_COOKIE = 'laiban_session';
export const LANG_COOKIE = 'lang';
const YEAR_SECONDS = 365 * 24 * 60 * 60;

export function createRequestHandler(deps: PanelDeps, routes: readonly Route[]): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(deps, routes, req, res).catch((err: unknown) => {
      deps.log.error({ err }, 'panel: request failed');
      if (!res.headersSent) send(res, { status: 500, body: 'Något gick fel. / Something went wrong.', cookies: [] });
    });
  };
}

function chooseLang(asked: string | null, remembered: string | undefined): Lang {
  if (isLang(asked)) return asked;
  return isLang(remembered) ? remembered : 'sv';
}

async function handle(deps: PanelDeps, routes: readonly Route[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://panel.invalid');
  const cookies = parseCookies(req.headers.cookie);
  const asked = url.searchParams.get('lang');
  const lang = chooseLang(asked, cookies.get(LANG_COOKIE));
  const setCookies: string[] = [];
  if (isLang(asked)) setCookies.push(serializeCookie({ name: LANG_COOKIE, value: asked, httpOnly: true, maxAgeSeconds: YEAR_SECONDS }, deps.secure));
  let session: Session | undefined = deps.sessions.find(cookies.get(SESSION_COOKIE));
  let sessionCookie: string | undefined;
  const method = req.method === 'GET' || req.method === 'HEAD' ? 'GET' : req.method === 'POST' ? 'POST' : undefined;

  const finish = (reply: Reply, extra: { close?: boolean; headers?: Record<string, string> } = {}): void => {
    const cookiesOut = sessionCookie === undefined ? setCookies : [...setCookies, sessionCookie];
    if (reply.kind === 'redirect') {
      send(res, { status: 303, body: '', cookies: cookiesOut, headers: { Location: reply.to } });
      return;
    }
    if (reply.kind === 'download') {
      const headers = { 'Content-Type': reply.contentType, 'Content-Disposition': `attachment; filename="${reply.fileName}"` };
      send(res, { status: 200, body: reply.body, cookies: cookiesOut, headers });
      return;
    }
    const notice = session?.notice;
    if (session) delete session.notice;
    const staff = session?.kind === 'staff' ? session : undefined;
    const page = layout({
      lang,
      languageLinkPath: method === 'GET' ? url.pathname : '/',
      currentPath: url.pathname,
      title: translate(lang, reply.title),
      body: reply.body,
      notice: notice && { kind: notice.kind, text: translate(lang, notice.key, notice.vars) },
      staff: staff && {
        csrfToken: staff.csrfToken,
        unacknowledgedAlerts: deps.store.openAlerts().length,
      },
      ...(reply.refreshSeconds === undefined ? {} : { refreshSeconds: reply.refreshSeconds }),
      ...(reply.frame ? { frame: true } : {}),
    });
    const headers = reply.frame ? { ...FRAMEABLE_BY_PANEL, ...extra.headers } : extra.headers;
    send(res, { status: reply.status ?? 200, body: page.text, cookies: cookiesOut, ...extra, ...(headers ? { headers } : {}) });
  };

  if (method === undefined) return finish(refusalPage(lang, 405, 'error_method'), { headers: { Allow: 'GET, HEAD, POST' } });
  const route = routes.find((r) => r.method === method && r.path === url.pathname);
  const admission = admit(route, method, url.pathname, session, deps.password.needsSetup());
  if (admission.kind === 'redirect') return finish({ kind: 'redirect', to: admission.to });
  if (admission.kind === 'refuse') return finish(refusalPage(lang, admission.status, admission.message));

  let form = new URLSearchParams();
  if (method === 'POST') {
    const origin = checkOrigin(req.headers, deps.secure);
    if (origin.kind === 'cross-origin') {
      deps.log.warn({ path: url.pathname, reason: origin.reason }, 'panel: cross-origin form refused');
      return finish(refusalPage(lang, 403, 'error_cross_origin'));
    }
    const body = await readForm(req);
    if (body.kind === 'too-large') return finish(refusalPage(lang, 413, 'error_too_large'), { close: !body.drained });
    if (body.kind === 'not-a-form') return finish(refusalPage(lang, 415, 'error_not_a_form'));
    const token = body.fields.get(CSRF_FIELD);
    const tokenOk = admission.route.access === 'staff' ? csrfTokenMatches(session, token) : deps.visitorForms.valid(token);
    if (!tokenOk) {
      deps.log.warn({ path: url.pathname }, 'panel: form without a valid CSRF token refused');
      return finish(refusalPage(lang, 403, 'error_form_expired', admission.route.access === 'staff' ? '/' : url.pathname));
    }
    form = body.fields;
  }

  const setSession = (next: Session | undefined): void => {
    session = next;
    sessionCookie = serializeCookie(
      next ? { name: SESSION_COOKIE, value: next.id, httpOnly: true } : { name: SESSION_COOKIE, value: '', httpOnly: true, maxAgeSeconds: 0 },
      deps.secure,
    );
  };
  const ctx: RequestContext = {
    deps,
    lang,
    path: url.pathname,
    query: url.searchParams,
    form,
    clientAddress: clientAddress(req),
    get session() {
      return session;
    },
    formToken() {
      return session?.kind === 'staff' ? session.csrfToken : deps.visitorForms.issue();
    },
    currentSession() {
      if (!session) setSession(deps.sessions.start('visitor'));
      return session as Session;
    },
    startStaffSession() {
      setSession(deps.sessions.start('staff', session));
      return session as Session;
    },
    endSession() {
      if (session) deps.sessions.end(session);
      setSession(undefined);
    },
    notify(notice) {
      ctx.currentSession().notice = notice;
    },
    t: (key, vars) => translate(lang, key, vars),
  };
  finish(await admission.route.handle(ctx));
}
