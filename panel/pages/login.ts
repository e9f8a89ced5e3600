/** /login and /logout: the staff password for a session; wrong guesses lock the form for a while. */
import { MAX_PASSWORD_LENGTH } from '../auth/staff-password';
import { html, type SafeHtml } from '../html/escape';
import { button, field, hidden, postForm } from '../html/forms';
import { redirect, type Reply, type RequestContext, type Route } from '../http/context';
import { slowDown } from '../auth/login-limiter';
import { lockoutMessage } from './lockout-message';

/** Where a teacher may be sent after logging in: only the panel's own pages. */
export const PAGES_AFTER_LOGIN = ['/', '/barn', '/dagen', '/mat', '/klader', '/larm', '/status', '/losenord'];

function nextPage(value: string | null): string {
  return value !== null && PAGES_AFTER_LOGIN.includes(value) ? value : '/';
}

function loginForm(ctx: RequestContext, next: string, problem?: string): SafeHtml {
  return html`${problem !== undefined && html`<p class="notice error" role="alert">${problem}</p>`}
${postForm(
  ctx,
  '/login',
  html`${hidden('next', next)}
${field(ctx.t('password'), html`<input type="password" name="password" required maxlength="${MAX_PASSWORD_LENGTH}" autocomplete="current-password" autofocus>`)}
${button(ctx.t('login'))}`,
)}`;
}

function showLogin(ctx: RequestContext): Reply {
  if (ctx.session?.kind === 'staff') return redirect('/');
  const gate = ctx.deps.limiter.check(ctx.clientAddress);
  const problem = gate.kind === 'locked' ? lockoutMessage(ctx, gate) : undefined;
  return { kind: 'page', title: 'login_title', body: loginForm(ctx, nextPage(ctx.query.get('next')), problem) };
}

/** One check at a time (deps.passwordChecks): a burst of guesses is counted guess by guess, as the lockout expects. */
function logIn(ctx: RequestContext): Promise<Reply> {
  return ctx.deps.passwordChecks.run(async () => {
    const { limiter, password, log } = ctx.deps;
    const next = nextPage(ctx.form.get('next'));
    const refuse = (status: number, problem: string): Reply => ({ kind: 'page', status, title: 'login_title', body: loginForm(ctx, next, problem) });
    const gate = limiter.check(ctx.clientAddress);
    // While locked even the right password is refused, or the lock would only slow guessing down.
    if (gate.kind === 'locked') return refuse(429, lockoutMessage(ctx, gate));
    await slowDown(gate);
    if (!(await password.verifyAsync(ctx.form.get('password') ?? ''))) {
      const after = limiter.recordFailure(ctx.clientAddress);
      log.warn({ address: ctx.clientAddress, locked: after.kind === 'locked' }, 'panel: wrong password');
      return after.kind === 'locked' ? refuse(429, lockoutMessage(ctx, after)) : refuse(401, ctx.t('wrong_password'));
    }
    limiter.recordSuccess(ctx.clientAddress);
    ctx.startStaffSession();
    log.info({ address: ctx.clientAddress }, 'panel: staff logged in');
    return redirect(next);
  });
}

function logOut(ctx: RequestContext): Reply {
  ctx.endSession();
  ctx.notify({ kind: 'ok', key: 'logged_out' });
  return redirect('/login');
}

export const loginRoutes: Route[] = [
  { method: 'GET', path: '/login', access: 'visitor', handle: showLogin },
  { method: 'POST', path: '/login', access: 'visitor', handle: logIn },
  { method: 'POST', path: '/logout', access: 'staff', handle: logOut },
];
