import { type DomainError, fail, messageFor, type Result, signOutTokenSchema, statusFor } from '@seedbed/core';
import { findActivityForVolunteers, findOwnAttendance, volunteerSignIn, volunteerSignOut } from '@seedbed/db';
import { type Context, Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../http/env';
import { type Html, pageLocaleOf } from '../http/public-page';
import {
  formBodyLimit,
  type OpenedPage,
  openPublicPage,
  type PublicPageFrame,
  problemPage,
  sendPublicPage,
} from '../http/public-page-flow';
import { cookieOptions } from '../http/session';
import { volunteerPageText } from './volunteer-page-text';
import {
  emptyVolunteerForm,
  onDutyContent,
  signedOutContent,
  type VolunteerActivity,
  type VolunteerFormValues,
  type VolunteerProblems,
  volunteerFormContent,
  volunteerFormValues,
  volunteerInputOf,
  volunteerProblemsOf,
  volunteerStateContent,
} from './volunteer-page-view';

/**
 * /v/{code}: the volunteer's page, rendered by the server like the residents' /s/{code}
 * (activities/sign-in-page.ts), posting to itself with `action` sign-in or sign-out. The sign-out
 * key the sign-in hands out (db volunteering/public.ts: only a first sign-in's key opens anything)
 * is kept on the phone in an httpOnly cookie, so coming back on the same phone shows the
 * volunteer's name and one big 签退 — one tap. Another phone can still sign in (a repeat answers
 * alike); only this phone, the leader or staff can sign out. Same store functions, limits and
 * statuses as the JSON routes in public-routes.ts, which stay for other clients.
 */
const frame: PublicPageFrame = {
  title: (locale) => volunteerPageText(locale).title,
  testId: 'volunteer-page',
  path: (code) => `/v/${code}`,
  back: (locale) => volunteerPageText(locale).back,
};

/** One cookie per activity code, sent only to the volunteer pages; a week outlasts the page's 24 h after the activity. */
const keyCookieName = (code: string) => `seedbed_volunteer_${code}`;
const keyCookieDays = 7;

function keptKey(c: Context<AppEnv>, code: string): string | null {
  const token = getCookie(c, keyCookieName(code));
  return token && signOutTokenSchema.safeParse(token).success ? token : null;
}

function send(c: Context<AppEnv>, code: string, content: Html, status: ContentfulStatusCode, isPersonal: boolean) {
  return sendPublicPage(c, frame, { code, content, status, isPersonal });
}

function sendForm(
  c: Context<AppEnv>,
  code: string,
  activity: VolunteerActivity,
  form: { values: VolunteerFormValues; problems: VolunteerProblems; status: ContentfulStatusCode; isPersonal: boolean },
) {
  const { locale, query } = pageLocaleOf(c);
  const content = volunteerFormContent({ locale, action: `/v/${code}${query}`, activity, ...form });
  return send(c, code, content, form.status, form.isPersonal);
}

/** Why nobody signs in or out now; the status a post would get (a closed page opened is still a page: 200). */
function sendState(
  c: Context<AppEnv>,
  code: string,
  activity: VolunteerActivity,
  error: DomainError,
  status = statusFor(error.code) as ContentfulStatusCode,
) {
  const { locale } = pageLocaleOf(c);
  const state =
    error.code === 'volunteering.sign_in_closed' ? ({ closed: true } as const) : { problem: messageFor(error, locale) };
  const content = volunteerStateContent(locale, activity, state);
  return send(c, code, content, status, false);
}

function sendOnDuty(
  c: Context<AppEnv>,
  code: string,
  activity: VolunteerActivity,
  onDuty: { name: string; signedInAt: Date; signOutToken: string },
) {
  const { locale, query } = pageLocaleOf(c);
  const content = onDutyContent({ locale, action: `/v/${code}${query}`, activity, ...onDuty });
  return send(c, code, content, 200, true);
}

async function showVolunteerPage(c: Context<AppEnv>) {
  const opened = await openPublicPage(c, frame, findActivityForVolunteers);
  if (opened instanceof Response) return opened;
  const { code, call, activity } = opened;
  const key = keptKey(c, code);
  const own = key ? await findOwnAttendance(call, code, key) : null;
  if (own?.signedOutAt) return send(c, code, signedOutContent(pageLocaleOf(c).locale, activity, own), 200, true);
  if (!activity.isOpen) return sendState(c, code, activity, { code: 'volunteering.sign_in_closed' }, 200);
  if (own && key)
    return sendOnDuty(c, code, activity, { ...own, signedInAt: new Date(own.signedInAt), signOutToken: key });
  return sendForm(c, code, activity, { values: emptyVolunteerForm, problems: {}, status: 200, isPersonal: false });
}

async function submitVolunteerPage(c: Context<AppEnv>) {
  // A sign-in is limited per address and code like the JSON sign-in; a sign-out per address.
  const opened = await openPublicPage(c, frame, findActivityForVolunteers, {
    isSignIn: (form) => form.get('action') !== 'sign-out',
  });
  if (opened instanceof Response) return opened;
  if (opened.form.get('action') === 'sign-in') return signIn(c, opened);
  if (opened.form.get('action') === 'sign-out') return signOut(c, opened);
  return problemPage(c, frame, opened.code, { code: 'request.invalid' });
}

type Posted = OpenedPage<VolunteerActivity>;

async function signIn(c: Context<AppEnv>, { call, code, form, activity }: Posted) {
  const values = volunteerFormValues(form);
  const input = volunteerInputOf(values);
  const result = input.ok ? await volunteerSignIn(call, code, input.value) : input;
  if (!result.ok) {
    const { locale } = pageLocaleOf(c);
    const problems = volunteerProblemsOf(result.error, messageFor(result.error, locale), locale);
    if (problems)
      return sendForm(c, code, activity, {
        values,
        problems,
        status: statusFor(result.error.code) as ContentfulStatusCode,
        isPersonal: true,
      });
    if (result.error.code === 'activity.unknown') return problemPage(c, frame, null, result.error);
    return sendState(c, code, activity, result.error);
  }
  const { name, signOutToken } = result.value;
  // The phone keeps the key of the volunteer it signed in first while that one is on duty (as the
  // server keeps only a first sign-in's key); this page's button still carries the key just given.
  const kept = keptKey(c, code);
  if (!kept || !(await findOwnAttendance(call, code, kept)))
    setCookie(c, keyCookieName(code), signOutToken, { ...cookieOptions(c, keyCookieDays), path: '/v/' });
  return sendOnDuty(c, code, activity, { name, signedInAt: call.actor.now, signOutToken });
}

async function signOut(c: Context<AppEnv>, { call, code, form, activity }: Posted) {
  const token = signOutTokenSchema.safeParse(form.get('token') ?? '');
  const result: Result<unknown> = token.success
    ? await volunteerSignOut(call, code, token.data)
    : fail('volunteering.not_signed_in');
  if (!result.ok) {
    if (result.error.code === 'activity.unknown') return problemPage(c, frame, null, result.error);
    return sendState(c, code, activity, result.error);
  }
  const own = token.success ? await findOwnAttendance(call, code, token.data) : null;
  if (!own) return sendState(c, code, activity, { code: 'volunteering.not_signed_in' });
  return send(c, code, signedOutContent(pageLocaleOf(c).locale, activity, own), 200, true);
}

export const volunteerPageRoutes = new Hono<AppEnv>()
  .get('/v/:code', showVolunteerPage)
  .post('/v/:code', formBodyLimit(frame), submitVolunteerPage);
