import { formatActivityTime, type Locale, pickLocale, shanghaiDateTime } from '@seedbed/core';
import type { Context } from 'hono';
import { html, raw } from 'hono/html';
import type { AppEnv } from './env';
import { publicPageCss } from './public-page-style';
import { rememberScript } from './remember-script';

/**
 * The shell and the parts of the pages a resident opens from an activity's QR code (/s/, /v/):
 * complete HTML from the server, styled inline, readable and usable before — and without — any
 * JavaScript, in zh-CN or en. Every value is escaped by hono's `html` (titles and names are
 * people's words); `raw` is only for our own style sheet and script.
 */
export type Html = ReturnType<typeof html>;

/** What every public page says around its content. */
const shellText = {
  'zh-CN': { site: '苗圃 Seedbed', otherLanguage: 'English', otherLocale: 'en' },
  en: { site: 'Seedbed 苗圃', otherLanguage: '中文', otherLocale: 'zh-CN' },
} as const satisfies Record<Locale, { site: string; otherLanguage: string; otherLocale: Locale }>;

/**
 * The page's language: `?lang=en` or `?lang=zh-CN` (the link on the page) first, else the
 * browser's Accept-Language, else zh-CN. `query` carries a chosen language on to the page's form
 * and links, so a resident who chose English stays in English after 签到.
 */
export function pageLocaleOf(c: Context<AppEnv>): { locale: Locale; query: string } {
  const asked = c.req.query('lang');
  if (asked === 'en' || asked === 'zh-CN') return { locale: asked, query: `?lang=${asked}` };
  return { locale: pickLocale(c.req.header('accept-language')), query: '' };
}

export interface PublicPage {
  locale: Locale;
  /** The tab's title (also what WeChat shows in its title bar). */
  title: string;
  /** The page's own path, for the language link. */
  path: string;
  testId: string;
  content: Html;
}

export function publicDocument(page: PublicPage): Html {
  const text = shellText[page.locale];
  return html`<!doctype html>
<html lang="${page.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${page.title}</title><link rel="icon" href="data:,"><style>${raw(publicPageCss)}</style></head>
<body><main data-testid="${page.testId}"><nav class="top"><span>${text.site}</span><a href="${page.path}?lang=${text.otherLocale}" lang="${text.otherLocale}" hreflang="${text.otherLocale}" data-testid="page-language">${text.otherLanguage}</a></nav>
${page.content}</main><script>${raw(rememberScript)}</script></body></html>`;
}

/** The activity a code leads to, as its page heads it: what, who, when. */
export function activityHeader(
  activity: { title: string; organizations: readonly string[]; startsAt: string; endsAt: string },
  locale: Locale,
  testId: string,
): Html {
  return html`<h1 data-testid="${testId}">${activity.title}</h1>
<p class="meta">${activity.organizations.join(locale === 'en' ? ', ' : '、')}</p>
<p class="meta">${formatActivityTime(activity.startsAt, activity.endsAt, locale)}</p>`;
}

/** "10:02": the Shanghai time of day of an instant. */
export function timeOfDay(instant: Date): string {
  return shanghaiDateTime(instant).slice(11);
}

/** "6月30日 10:02" / "30 Jun, 10:02": when something happened, for showing at the door. */
export function momentLine(instant: Date, locale: Locale): string {
  const [date = '', time = ''] = shanghaiDateTime(instant).split(' ');
  const [, month, day] = date.split('-').map(Number) as [number, number, number];
  if (locale === 'zh-CN') return `${month}月${day}日 ${time}`;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${day} ${months[month - 1]}, ${time}`;
}

/** What a public page tells a resident before they give their name or phone (PIPL art. 17), all of it in view. */
export interface NoticeText {
  title: string;
  summary: string;
  rows: readonly { label: string; text: string }[];
}

export function consentNotice(notice: NoticeText, testId: string): Html {
  return html`<section class="notice" data-testid="${testId}"><h2>${notice.title}</h2><p>${notice.summary}</p>
<dl>${notice.rows.map((row) => html`<dt>${row.label}</dt><dd>${row.text}</dd>`)}</dl></section>`;
}

/** A text input with its label above and, after a refused post, what to correct below. */
export function textField(field: {
  id: string;
  label: string;
  value: string;
  testId: string;
  type?: 'text' | 'tel';
  required?: boolean;
  maxLength: number;
  autocomplete: string;
  error?: string | undefined;
}): Html {
  const type = field.type ?? 'text';
  return html`<label class="field" for="${field.id}">${field.label}</label>
<input class="text" id="${field.id}" name="${field.id}" type="${type}"${type === 'tel' ? raw(' inputmode="numeric"') : ''} value="${field.value}" maxlength="${field.maxLength}" autocomplete="${field.autocomplete}"${field.required ? raw(' required') : ''} data-testid="${field.testId}">
${field.error ? errorLine(field.error, `${field.testId}-error`) : ''}`;
}

/** A big checkbox and its label, siblings so the page's CSS can follow its state (public-page-style.ts). */
export function tick(box: { id: string; label: string; isChecked: boolean; testId: string; required?: boolean }): Html {
  return html`<input class="box" type="checkbox" id="${box.id}" name="${box.id}" value="yes"${box.isChecked ? raw(' checked') : ''}${box.required ? raw(' required') : ''} data-testid="${box.testId}"><label for="${box.id}">${box.label}</label>`;
}

export function errorLine(message: string, testId: string): Html {
  return html`<p class="error" role="alert" data-testid="${testId}">${message}</p>`;
}

/**
 * The main button, after the consent tick: grey and saying what to tick until it is ticked, then
 * green and saying what it does (CSS only: `#consent:checked ~ .go`).
 */
export function consentButton(labels: { waiting: string; ready: string }, testId: string): Html {
  return html`<button class="go" type="submit" data-testid="${testId}"><span class="wait">${labels.waiting}</span><span class="ready">${labels.ready}</span></button>`;
}
