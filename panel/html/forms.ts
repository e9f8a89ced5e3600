/** Form parts every page uses: a POST form with the session's CSRF token, labelled fields, buttons. */
import { CSRF_FIELD } from '../auth/csrf';
import type { RequestContext } from '../http/context';
import { html, type SafeHtml } from './escape';

/** `target: '_top'`: a form inside a frame whose answer replaces the whole page. */
export function postForm(ctx: RequestContext, action: string, content: SafeHtml, target?: '_top'): SafeHtml {
  return html`<form method="post" action="${action}"${target && html` target="${target}"`}><input type="hidden" name="${CSRF_FIELD}" value="${ctx.formToken()}">${content}</form>`;
}

export function hidden(name: string, value: string | number): SafeHtml {
  return html`<input type="hidden" name="${name}" value="${value}">`;
}

export type ButtonKind = 'primary' | 'secondary' | 'danger';

export function button(label: string, kind: ButtonKind = 'primary', choice?: { name: string; value: string; pressed?: boolean }): SafeHtml {
  const cls = kind === 'primary' ? '' : kind;
  if (!choice) return html`<button class="${cls}">${label}</button>`;
  const pressed = choice.pressed === undefined ? '' : html` aria-pressed="${String(choice.pressed)}"`;
  return html`<button class="${cls}" name="${choice.name}" value="${choice.value}"${pressed}>${label}</button>`;
}

/** A label around its input, so the whole label is a touch target. */
export function field(label: string, input: SafeHtml): SafeHtml {
  return html`<label>${label}${input}</label>`;
}
