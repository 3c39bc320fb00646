import { type DomainError, messageFor, statusFor } from '@seedbed/core';
import { findActivityBySignInCode, signIn } from '@seedbed/db';
import { type Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../http/env';
import { sendPage } from '../http/page-response';
import { type Html, pageLocaleOf, publicDocument } from '../http/public-page';
import {
  formBodyLimit,
  type ProblemPageFrame,
  pageCodeOf,
  problemPage,
  publicFormCall,
  publicPageCall,
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
const frame: ProblemPageFrame = {
  title: (locale) => signInPageText(locale).title,
  testId: 'sign-in-page',
  back: (locale) => signInPageText(locale).back,
};

function send(
  c: Context<AppEnv>,
  code: string,
  page: { title: string; content: Html; status: ContentfulStatusCode; isPersonal: boolean; withScript?: boolean },
) {
  const { locale } = pageLocaleOf(c);
  const document = publicDocument({
    locale,
    title: `${page.title} · ${signInPageText(locale).title}`,
    path: `/s/${code}`,
    testId: 'sign-in-page',
    content: page.content,
    withScript: page.withScript ?? false,
  });
  return sendPage(c, document, page.status, page.isPersonal);
}

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
  return send(c, code, {
    title: activity.title,
    content,
    status: form.status,
    isPersonal: form.isPersonal,
    withScript: true,
  });
}

async function showSignIn(c: Context<AppEnv>) {
  const code = pageCodeOf(c);
  if (!code) return problemPage(c, frame, { code: 'activity.unknown' });
  const call = publicPageCall(c);
  if (!call.ok) return problemPage(c, frame, call.error);
  const found = await findActivityBySignInCode(call.value, code);
  if (!found.ok) return problemPage(c, frame, found.error);
  const activity = found.value;
  if (!activity.isOpen) {
    const content = signInStateContent(pageLocaleOf(c).locale, activity, { closed: true });
    return send(c, code, { title: activity.title, content, status: 200, isPersonal: false });
  }
  return sendForm(c, code, activity, { values: emptySignInForm, problems: {}, status: 200, isPersonal: false });
}

async function submitSignIn(c: Context<AppEnv>) {
  const code = pageCodeOf(c);
  if (!code) return problemPage(c, frame, { code: 'activity.unknown' });
  const posted = await publicFormCall(c, () => code);
  if (!posted.ok) return problemPage(c, frame, posted.error);
  const { call, form } = posted.value;
  const found = await findActivityBySignInCode(call, code);
  if (!found.ok) return problemPage(c, frame, found.error);
  const activity = found.value;
  const values = signInFormValues(form);
  const input = signInInputOf(values);
  const result = input.ok ? await signIn(call, code, input.value) : input;
  const { locale } = pageLocaleOf(c);
  if (result.ok) {
    const content = signInDoneContent(locale, { name: result.value.name, activity, at: call.actor.now });
    return send(c, code, { title: activity.title, content, status: 200, isPersonal: true });
  }
  return refused(c, code, activity, values, result.error);
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
  if (error.code === 'activity.unknown') return problemPage(c, frame, error);
  const state = error.code === 'activity.sign_in_closed' ? ({ closed: true } as const) : { problem: message };
  const content = signInStateContent(locale, activity, state);
  return send(c, code, { title: activity.title, content, status, isPersonal: false });
}

export const signInPageRoutes = new Hono<AppEnv>()
  .get('/s/:code', showSignIn)
  .post('/s/:code', formBodyLimit(frame), submitSignIn);
