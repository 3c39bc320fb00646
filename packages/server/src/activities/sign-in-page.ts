import { type DomainError, messageFor, statusFor } from '@seedbed/core';
import { findActivityBySignInCode, signIn } from '@seedbed/db';
import { type Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../http/env';
import { pageLocaleOf } from '../http/public-page';
import {
  formBodyLimit,
  openPublicPage,
  type PublicPageFrame,
  problemPage,
  sendPublicPage,
} from '../http/public-page-flow';
import { signInPageText } from './sign-in-page-text';
import {
  emptySignInForm,
  type SignInActivity,
  type SignInFormValues,
  type SignInProblems,
  signInDoneContent,
  signInFormContent,
  signInFormValues,
  signInInputOf,
  signInProblemsOf,
  signInStateContent,
} from './sign-in-page-view';

/**
 * /s/{code}: the page a resident opens from an activity's QR code, rendered by the server — a few
 * kilobytes that work before and without the web app's JavaScript (issue 16: the SPA page cost a
 * cheap phone 11 s and 391 KB). The form posts here; the answer is the result page itself rather
 * than a redirect: the result names the resident, and a redirect would have to carry the name in
 * the URL or keep it on the server, and a repeated post is harmless (a repeat counts once). It
 * calls the JSON route's store functions (findActivityBySignInCode, signIn) with the same limits
 * and trust rules (answer-public.ts); the JSON route /api/sign-in/{code} stays for other clients.
 */
const frame: PublicPageFrame = {
  title: (locale) => signInPageText(locale).title,
  testId: 'sign-in-page',
  path: (code) => `/s/${code}`,
  back: (locale) => signInPageText(locale).back,
};

function sendForm(
  c: Context<AppEnv>,
  code: string,
  activity: SignInActivity,
  form: { values: SignInFormValues; problems: SignInProblems; status: ContentfulStatusCode; isPersonal: boolean },
) {
  const { locale, query } = pageLocaleOf(c);
  const content = signInFormContent({
    locale,
    action: `/s/${code}${query}`,
    volunteerHref: `/v/${code}${query}`,
    activity,
    values: form.values,
    problems: form.problems,
  });
  const { status, isPersonal } = form;
  return sendPublicPage(c, frame, { code, activityTitle: activity.title, content, status, isPersonal });
}

async function showSignIn(c: Context<AppEnv>) {
  const opened = await openPublicPage(c, frame, findActivityBySignInCode);
  if (opened instanceof Response) return opened;
  const { code, activity } = opened;
  if (!activity.isOpen) {
    const content = signInStateContent(pageLocaleOf(c).locale, activity, { closed: true });
    return sendPublicPage(c, frame, { code, activityTitle: activity.title, content, status: 200, isPersonal: false });
  }
  return sendForm(c, code, activity, { values: emptySignInForm, problems: {}, status: 200, isPersonal: false });
}

async function submitSignIn(c: Context<AppEnv>) {
  const opened = await openPublicPage(c, frame, findActivityBySignInCode, { isSignIn: () => true });
  if (opened instanceof Response) return opened;
  const { code, call, activity, form } = opened;
  const values = signInFormValues(form);
  const input = signInInputOf(values);
  const result = input.ok ? await signIn(call, code, input.value) : input;
  if (!result.ok) return refused(c, code, activity, values, result.error);
  const content = signInDoneContent(pageLocaleOf(c).locale, { name: result.value.name, activity, at: call.actor.now });
  return sendPublicPage(c, frame, { code, activityTitle: activity.title, content, status: 200, isPersonal: true });
}

/** A refused sign-in: the form again with the problem beside its field, or why nobody can sign in now. */
function refused(
  c: Context<AppEnv>,
  code: string,
  activity: SignInActivity,
  values: SignInFormValues,
  error: DomainError,
) {
  const { locale } = pageLocaleOf(c);
  const status = statusFor(error.code) as ContentfulStatusCode;
  const message = messageFor(error, locale);
  const problems = signInProblemsOf(error, message, locale);
  // Sent back with what the resident typed: theirs alone, kept by no cache.
  if (problems) return sendForm(c, code, activity, { values, problems, status, isPersonal: true });
  if (error.code === 'activity.unknown') return problemPage(c, frame, null, error);
  const isClosed = error.code === 'activity.sign_in_closed' || error.code === 'activity.sign_in_not_open';
  const state = isClosed ? ({ closed: true } as const) : { problem: message };
  const content = signInStateContent(locale, activity, state);
  return sendPublicPage(c, frame, { code, activityTitle: activity.title, content, status, isPersonal: false });
}

export const signInPageRoutes = new Hono<AppEnv>()
  .get('/s/:code', showSignIn)
  .post('/s/:code', formBodyLimit(frame), submitSignIn);
