/**
 * /losenord: the staff change the shared password, for when someone leaves. The current password is checked
 * like a login (one at a time, and wrong ones count towards the same lockout); on success every other staff
 * session ends and this one goes on under a new id. A password from the config file is changed there by IT.
 */
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../auth/staff-password';
import { html, type SafeHtml } from '../html/escape';
import { button, field, postForm } from '../html/forms';
import { redirectWith, type Reply, type RequestContext, type Route } from '../http/context';
import { slowDown } from '../auth/login-limiter';
import { lockoutMessage } from './lockout-message';
import { refusalPage } from './refusal';

const PAGE = '/losenord';
/** Where the page is linked from, and where a changed password lands. */
const AFTER_CHANGE = '/status';

function changeForm(ctx: RequestContext, problem?: string): SafeHtml {
  return html`<p>${ctx.t('change_password_intro')}</p>
${problem !== undefined && html`<p class="notice error" role="alert">${problem}</p>`}
${postForm(
  ctx,
  PAGE,
  html`${field(ctx.t('current_password'), html`<input type="password" name="current" required maxlength="${MAX_PASSWORD_LENGTH}" autocomplete="current-password">`)}
${field(ctx.t('new_password'), html`<input type="password" name="password" required minlength="${MIN_PASSWORD_LENGTH}" maxlength="${MAX_PASSWORD_LENGTH}" autocomplete="new-password">`)}
${field(ctx.t('repeat_password'), html`<input type="password" name="repeat" required minlength="${MIN_PASSWORD_LENGTH}" maxlength="${MAX_PASSWORD_LENGTH}" autocomplete="new-password">`)}
<p class="muted">${ctx.t('password_rule', { min: MIN_PASSWORD_LENGTH })}</p>
${button(ctx.t('change_password'))}`,
)}`;
}

function setInConfig(ctx: RequestContext, status?: number): Reply {
  return { kind: 'page', title: 'change_password', body: html`<p class="card">${ctx.t('password_in_config')}</p>`, ...(status === undefined ? {} : { status }) };
}

function showPage(ctx: RequestContext): Reply {
  if (ctx.deps.password.isConfigured()) return setInConfig(ctx);
  const gate = ctx.deps.limiter.check(ctx.clientAddress);
  return { kind: 'page', title: 'change_password', body: changeForm(ctx, gate.kind === 'locked' ? lockoutMessage(ctx, gate) : undefined) };
}

/**
 * One at a time with the logins (deps.passwordChecks): wrong current passwords are counted guess by guess,
 * and no login with the old password slips in between the check and the save.
 */
function changePassword(ctx: RequestContext): Reply | Promise<Reply> {
  const { password, log } = ctx.deps;
  if (password.isConfigured()) {
    log.warn({ address: ctx.clientAddress }, 'panel: password change refused, the password is set in the config');
    return setInConfig(ctx, 403);
  }
  return ctx.deps.passwordChecks.run(async () => {
    const { limiter, sessions } = ctx.deps;
    const refuse = (status: number, problem: string): Reply => ({ kind: 'page', status, title: 'change_password', body: changeForm(ctx, problem) });
    const session = ctx.session;
    // Another teacher's change, done while this form waited its turn, has logged this browser out.
    if (!session || !sessions.isLive(session)) {
      ctx.endSession();
      return refusalPage(ctx.lang, 401, 'error_login_needed', '/login');
    }
    const gate = limiter.check(ctx.clientAddress);
    if (gate.kind === 'locked') return refuse(429, lockoutMessage(ctx, gate));
    await slowDown(gate);
    const chosen = ctx.form.get('password') ?? '';
    if ([...chosen].length < MIN_PASSWORD_LENGTH || chosen.length > MAX_PASSWORD_LENGTH) return refuse(400, ctx.t('password_too_short', { min: MIN_PASSWORD_LENGTH }));
    if (chosen !== (ctx.form.get('repeat') ?? '')) return refuse(400, ctx.t('passwords_differ'));
    if (!(await password.verifyAsync(ctx.form.get('current') ?? ''))) {
      const after = limiter.recordFailure(ctx.clientAddress);
      log.warn({ address: ctx.clientAddress, locked: after.kind === 'locked' }, 'panel: wrong current password on the change form');
      return after.kind === 'locked' ? refuse(429, lockoutMessage(ctx, after)) : refuse(403, ctx.t('wrong_current_password'));
    }
    limiter.recordSuccess(ctx.clientAddress);
    await password.saveAsync(chosen);
    const ended = sessions.endStaffExcept(session);
    ctx.startStaffSession();
    log.info({ address: ctx.clientAddress, endedSessions: ended }, 'panel: staff password changed');
    return redirectWith(ctx, AFTER_CHANGE, 'ok', 'password_changed');
  });
}

export const changePasswordRoutes: Route[] = [
  { method: 'GET', path: PAGE, access: 'staff', handle: showPage },
  { method: 'POST', path: PAGE, access: 'staff', handle: changePassword },
];
