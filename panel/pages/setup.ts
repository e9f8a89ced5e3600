/**
 * /setup: the first start without any password. Whoever can read the code on the robot's console sets the
 * staff password and whether the robot may, by default, say who picks a child up; they are then logged in,
 * and this page is gone.
 */
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../auth/staff-password';
import { html, type SafeHtml } from '../html/escape';
import { button, field, postForm } from '../html/forms';
import { redirect, type Reply, type RequestContext, type Route } from '../http/context';
import { slowDown } from '../auth/login-limiter';
import { lockoutMessage } from './lockout-message';

function setupForm(ctx: RequestContext, problem?: string): SafeHtml {
  return html`<p>${ctx.t('setup_intro')}</p>
${problem !== undefined && html`<p class="notice error" role="alert">${problem}</p>`}
${postForm(
  ctx,
  '/setup',
  html`${field(ctx.t('setup_code'), html`<input name="code" required autocomplete="off" autocapitalize="none" autocorrect="off" spellcheck="false">`)}
${field(ctx.t('new_password'), html`<input type="password" name="password" required minlength="${MIN_PASSWORD_LENGTH}" maxlength="${MAX_PASSWORD_LENGTH}" autocomplete="new-password">`)}
${field(ctx.t('repeat_password'), html`<input type="password" name="repeat" required minlength="${MIN_PASSWORD_LENGTH}" maxlength="${MAX_PASSWORD_LENGTH}" autocomplete="new-password">`)}
<p class="muted">${ctx.t('password_rule', { min: MIN_PASSWORD_LENGTH })}</p>
<fieldset><legend>${ctx.t('may_tell_default_question')}</legend>
<label class="check"><input type="radio" name="may_tell_default" value="no" checked> ${ctx.t('may_tell_default_no')}</label>
<label class="check"><input type="radio" name="may_tell_default" value="yes"> ${ctx.t('may_tell_default_yes')}</label></fieldset>
${button(ctx.t('save_password'))}`,
)}`;
}

function refused(ctx: RequestContext, status: number, problem: string): Reply {
  return { kind: 'page', status, title: 'setup_title', body: setupForm(ctx, problem) };
}

/** One at a time like the login (deps.passwordChecks); a second form sent at once finds the password already set. */
function saveFirstPassword(ctx: RequestContext): Promise<Reply> {
  return ctx.deps.passwordChecks.run(async () => {
    const { limiter, password, log } = ctx.deps;
    if (!password.needsSetup()) return redirect('/login');
    const gate = limiter.check(ctx.clientAddress);
    if (gate.kind === 'locked') return refused(ctx, 429, lockoutMessage(ctx, gate));
    await slowDown(gate);
    if (!password.setupCodeMatches(ctx.form.get('code') ?? '')) {
      const after = limiter.recordFailure(ctx.clientAddress);
      log.warn({ address: ctx.clientAddress }, 'panel: wrong setup code');
      return after.kind === 'locked' ? refused(ctx, 429, lockoutMessage(ctx, after)) : refused(ctx, 403, ctx.t('setup_wrong_code'));
    }
    const chosen = ctx.form.get('password') ?? '';
    if ([...chosen].length < MIN_PASSWORD_LENGTH || chosen.length > MAX_PASSWORD_LENGTH) return refused(ctx, 400, ctx.t('password_too_short', { min: MIN_PASSWORD_LENGTH }));
    if (chosen !== (ctx.form.get('repeat') ?? '')) return refused(ctx, 400, ctx.t('passwords_differ'));
    await password.saveAsync(chosen);
    limiter.recordSuccess(ctx.clientAddress);
    // Anything but an explicit yes keeps the private default.
    ctx.deps.store.setMayTellPickupByDefault(ctx.form.get('may_tell_default') === 'yes');
    log.info('panel: staff password set through /setup');
    // Whoever just chose the password is staff: no second login.
    ctx.startStaffSession();
    ctx.notify({ kind: 'ok', key: 'setup_done' });
    return redirect('/barn');
  });
}

export const setupRoutes: Route[] = [
  { method: 'GET', path: '/setup', access: 'setup', handle: (ctx) => ({ kind: 'page', title: 'setup_title', body: setupForm(ctx) }) },
  { method: 'POST', path: '/setup', access: 'setup', handle: saveFirstPassword },
];
