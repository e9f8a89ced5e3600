/** The page around every answer: header with the pages and the language switch, notice, title, body. */
import type { NoticeKind } from '../auth/sessions';
import { CSRF_FIELD } from '../auth/csrf';
import { otherLang, translate, type Lang, type StringKey } from '../strings';
import { html, type SafeHtml, trusted } from './escape';
import { PANEL_CSS } from './style';

export interface LayoutInput {
  lang: Lang;
  title: string;
  body: SafeHtml;
  currentPath: string;
  /** Where the language link goes: this page for a GET, else the start page. */
  languageLinkPath: string;
  notice?: { kind: NoticeKind; text: string };
  /** Present for a logged-in teacher: the navigation and the logout button. */
  staff?: { csrfToken: string; unacknowledgedAlerts: number };
  refreshSeconds?: number;
  /** A page shown in a frame of another: the body alone. */
  frame?: boolean;
}

const NAVIGATION: ReadonlyArray<{ path: string; label: StringKey }> = [
  { path: '/', label: 'nav_today' },
  { path: '/barn', label: 'nav_children' },
  { path: '/dagen', label: 'nav_plan' },
  { path: '/mat', label: 'nav_menu' },
  { path: '/klader', label: 'nav_clothing' },
  { path: '/larm', label: 'nav_alerts' },
  { path: '/status', label: 'nav_status' },
];

function navigation(input: LayoutInput, staff: NonNullable<LayoutInput['staff']>): SafeHtml {
  const links = NAVIGATION.map(({ path, label }) => {
    const badge = path === '/larm' && staff.unacknowledgedAlerts > 0 ? html`<span class="badge">${staff.unacknowledgedAlerts}</span>` : '';
    const current = input.currentPath === path ? 'page' : undefined;
    return html`<a href="${path}"${current && html` aria-current="page"`}>${translate(input.lang, label)}${badge}</a>`;
  });
  return html`<nav aria-label="${translate(input.lang, 'nav_label')}">${links}</nav>`;
}

export function layout(input: LayoutInput): SafeHtml {
  const other = otherLang(input.lang);
  const switchLink = html`<a href="${input.languageLinkPath}?lang=${other}" lang="${other}">${translate(other, 'language_name')}</a>`;
  const notice = input.notice && html`<p class="notice ${input.notice.kind}" role="status">${input.notice.text}</p>`;
  const logout =
    input.staff &&
    html`<footer><form method="post" action="/logout"><input type="hidden" name="${CSRF_FIELD}" value="${input.staff.csrfToken}"><button class="secondary">${translate(input.lang, 'logout')}</button></form></footer>`;
  const refresh = input.refreshSeconds !== undefined && html`<meta http-equiv="refresh" content="${input.refreshSeconds}">`;
  const head = html`<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${refresh}
<title>${input.title} · Laiban</title><style>${trusted(PANEL_CSS)}</style></head>`;
  if (input.frame) return html`<!doctype html>\n<html lang="${input.lang}">${head}<body class="strip"><main>${input.body}</main></body></html>`;
  return html`<!doctype html>
<html lang="${input.lang}">${head}
<body><header><div class="bar"><span class="brand">Laiban</span>${switchLink}${input.staff && navigation(input, input.staff)}</div></header>
<main><h1>${input.title}</h1>${notice}${input.body}</main>${logout}</body></html>`;
}
