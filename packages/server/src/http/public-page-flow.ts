import {
  type DomainError,
  type ErrorCode,
  fail,
  isStorableText,
  type Locale,
  mapResult,
  messageFor,
  normaliseSignInCode,
  ok,
  type Result,
  signInCodeParamSchema,
  statusFor,
} from '@seedbed/core';
import type { PublicContext } from '@seedbed/db';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { publicCallWithinLimits } from './answer-public';
import type { AppEnv } from './env';
import { type FormFields, isForeignPost, maxFormBytes, readForm } from './form-body';
import { sendPage } from './page-response';
import { errorLine, type Html, pageLocaleOf, publicDocument } from './public-page';

/**
 * The steps every server-rendered public page (/s/, /v/) takes before its capability's own: the
 * code from the path, the same limits as the JSON routes (answer-public.ts), the form, and a page
 * (never JSON, never a 500) for whatever stops the request on the way.
 */

/** The activity code of the path, as the JSON routes read it; null for one no activity can have (404). */
export function pageCodeOf(c: Context<AppEnv>): string | null {
  const code = normaliseSignInCode(c.req.param('code') ?? '');
  return signInCodeParamSchema.safeParse({ code }).success && isStorableText(code) ? code : null;
}

/**
 * A form post: from this site, with a readable form, within the limits — per address, and per
 * address and code for a sign-in, exactly as the JSON routes. The form is read first, as the JSON
 * routes validate before their handler runs.
 */
async function publicFormCall(
  c: Context<AppEnv>,
  signInCode: (form: FormFields) => string | undefined,
): Promise<Result<{ call: PublicContext; form: FormFields }>> {
  if (isForeignPost(c)) return fail('auth.csrf');
  const form = await readForm(c);
  if (!form.ok) return form;
  const call = publicCallWithinLimits(c, signInCode(form.value));
  if (!call.ok) return call;
  return ok({ call: call.value, form: form.value });
}

/** What the first steps found: the code, the public context, the activity behind the code, a post's form. */
export interface OpenedPage<A> {
  code: string;
  call: PublicContext;
  activity: A;
  form: FormFields;
}

/**
 * The steps before a page's own: the code, the limits (for a post also: from this site, a readable
 * form; `isSignIn` says whether it counts against the per-code sign-in limit), and the activity
 * behind the code, found by the JSON route's own store function — or the page saying what stopped
 * the request.
 */
export async function openPublicPage<A>(
  c: Context<AppEnv>,
  frame: PublicPageFrame,
  find: (call: PublicContext, code: string) => Promise<Result<A>>,
  post?: { isSignIn: (form: FormFields) => boolean },
): Promise<OpenedPage<A> | Response> {
  const code = pageCodeOf(c);
  if (!code) return problemPage(c, frame, null, { code: 'activity.unknown' });
  const opened = post
    ? await publicFormCall(c, (form) => (post.isSignIn(form) ? code : undefined))
    : mapResult(publicCallWithinLimits(c), (call) => ({ call, form: new Map<string, string>() }));
  if (!opened.ok) return problemPage(c, frame, code, opened.error);
  const found = await find(opened.value.call, code);
  if (!found.ok) return problemPage(c, frame, null, found.error);
  return { code, ...opened.value, activity: found.value };
}

/** Which public page this is: its name, test id and path, and the words of the link back to it. */
export interface PublicPageFrame {
  /** The page's name, after the activity's title in the tab (WeChat shows it in its title bar). */
  title: (locale: Locale) => string;
  testId: string;
  /** The page's path for an activity code: `/s/${code}`. */
  path: (code: string) => string;
  /** The words of the link back to the page's form after a problem. */
  back: (locale: Locale) => string;
  /**
   * The code the page's lookup answers for a code that leads nowhere, and what to tell the resident
   * then; an activity's when not given.
   */
  unknown?: { code: ErrorCode; hint: (locale: Locale) => string };
}

/** A public page with its frame around `content`, in the page's language, over the wire (page-response.ts). */
export function sendPublicPage(
  c: Context<AppEnv>,
  frame: PublicPageFrame,
  page: {
    code: string | null;
    activityTitle?: string;
    content: Html;
    status: ContentfulStatusCode;
    isPersonal: boolean;
  },
): Promise<Response> {
  const { locale } = pageLocaleOf(c);
  const name = frame.title(locale);
  const document = publicDocument({
    locale,
    title: page.activityTitle ? `${page.activityTitle} · ${name}` : name,
    // An unknown code's page offers its other language at the address it was asked for.
    path: page.code === null ? c.req.path : frame.path(page.code),
    testId: frame.testId,
    content: page.content,
  });
  return sendPage(c, document, page.status, page.isPersonal);
}

/** Bodies over the form's size are refused before they are read (413, as a page). */
export function formBodyLimit(frame: PublicPageFrame): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: maxFormBytes,
    onError: (c) => {
      c.header('connection', 'close');
      return problemPage(c, frame, pageCodeOf(c), { code: 'request.too_large' });
    },
  });
}

/** What a resident can do about a code that leads nowhere (a torn or half-scanned sticker, a mistyped link). */
const unknownCodeHint: Record<Locale, string> = {
  'zh-CN': '请检查二维码是否完整、链接是否抄对，或者问问办活动的队伍。',
  en: 'Check that the QR code is whole and the link copied right, or ask the team running the activity.',
};

/**
 * What stops a request before the page's own content: an unknown code (404), too many tries
 * (429, with Retry-After), a form that is not one (400/413), another site's post (403). The message
 * is the error catalogue's, in the page's language, with the status the JSON route would answer;
 * a link leads back to the form, unless there is none to go back to (`code` null: no such activity).
 */
export function problemPage(
  c: Context<AppEnv>,
  frame: PublicPageFrame,
  code: string | null,
  error: DomainError,
): Promise<Response> {
  const { locale, query } = pageLocaleOf(c);
  const unknown = frame.unknown ?? { code: 'activity.unknown', hint: (at: Locale) => unknownCodeHint[at] };
  const next =
    code === null || error.code === unknown.code
      ? html`<p class="hint">${unknown.hint(locale)}</p>`
      : html`<p class="more"><a href="${frame.path(code)}${query}">${frame.back(locale)}</a></p>`;
  const content = html`<h1>${frame.title(locale)}</h1>${errorLine(messageFor(error, locale), 'page-problem')}${next}`;
  const status = statusFor(error.code) as ContentfulStatusCode;
  return sendPublicPage(c, frame, { code, content, status, isPersonal: false });
}
