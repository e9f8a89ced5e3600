/** The page for a request the panel will not do: why, and a way back. */
import { html } from '../html/escape';
import type { Reply } from '../http/context';
import { translate, type Lang, type StringKey } from '../strings';

export function refusalPage(lang: Lang, status: number, message: StringKey, back = '/'): Reply {
  return {
    kind: 'page',
    status,
    title: 'error_title',
    body: html`<p>${translate(lang, message)}</p><p><a href="${back}">${translate(lang, 'back')}</a></p>`,
  };
}
