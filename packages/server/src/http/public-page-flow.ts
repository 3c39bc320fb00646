import {
  type DomainError,
  fail,
  isStorableText,
  type Locale,
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
import { errorLine, pageLocaleOf, publicDocument } from './public-page';

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

/** A GET: the public context within the per-address limit. */
export function publicPageCall(c: Context<AppEnv>): Result<PublicContext> {
  return publicCallWithinLimits(c);
}

/**
 * A form post: from this site, with a readable form, within the limits — per address, and per
 * address and code for a sign-in (`signInCodeOf` says whether the form is one), exactly as the
 * JSON routes. The form is read first, as the JSON routes validate before their handler runs.
 */
export async function publicFormCall(
  c: Context<AppEnv>,
  signInCodeOf: (form: FormFields) => string | undefined,
): Promise<Result<{ call: PublicContext; form: FormFields }>> {
  if (isForeignPost(c)) return fail('auth.csrf');
  const form = await readForm(c);
  if (!form.ok) return form;
  const call = publicCallWithinLimits(c, signInCodeOf(form.value));
  if (!call.ok) return call;
  return ok({ call: call.value, form: form.value });
}

/** Bodies over the form's size are refused before they are read (413, as a page). */
export function formBodyLimit(page: ProblemPageFrame): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: maxFormBytes,
    onError: (c) => {
      c.header('connection', 'close');
      return problemPage(c, page, { code: 'request.too_large' });
    },
  });
}

/** Which page a problem is shown on: its title and test id, and the link back to it (if any use). */
export interface ProblemPageFrame {
  title: (locale: Locale) => string;
  testId: string;
  /** The words of the link back to the page's form; none for an unknown code. */
  back: (locale: Locale) => string;
}

/**
 * What stops a request before the page's own content: an unknown code (404), too many tries
 * (429, with Retry-After), a form that is not one (400/413), another site's post (403). The message
 * is the error catalogue's, in the page's language, with the status the JSON route would answer.
 */
export function problemPage(c: Context<AppEnv>, frame: ProblemPageFrame, error: DomainError): Promise<Response> {
  const { locale, query } = pageLocaleOf(c);
  const path = c.req.path;
  const back =
    error.code !== 'activity.unknown' && html`<p class="more"><a href="${path}${query}">${frame.back(locale)}</a></p>`;
  const page = publicDocument({
    locale,
    title: frame.title(locale),
    path,
    testId: frame.testId,
    content: html`${errorLine(messageFor(error, locale), 'page-problem')}${back}`,
  });
  return sendPage(c, page, statusFor(error.code) as ContentfulStatusCode, false);
}
