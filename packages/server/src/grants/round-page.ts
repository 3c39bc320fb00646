import { type DomainError, grantObjectionInputSchema, messageFor, statusFor } from '@seedbed/core';
import { findPublicGrantRound, raiseGrantObjection } from '@seedbed/db';
import { type Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../http/env';
import { type FormFields, formInputOf, typedPhone } from '../http/form-body';
import { pageLocaleOf } from '../http/public-page';
import {
  formBodyLimit,
  openPublicPage,
  type PublicPageFrame,
  pageCodeOf,
  problemPage,
  sendPublicPage,
} from '../http/public-page-flow';
import { roundPageText } from './round-page-text';
import {
  emptyObjectionForm,
  type ObjectionFormValues,
  objectionDoneContent,
  roundPageContent,
} from './round-page-view';

/**
 * /r/{code}: a published micro-grant round's public page (seed 003: 透明、公正、专业), rendered by the
 * server like the sign-in page /s/{code} — rules, money, eligibility, the pipeline with today's
 * step, the negative list, and during 公示 an objection form and the objections answered on the
 * record. No account, no JavaScript; posts are limited per address and per address and code like
 * a sign-in, and answer with the result page.
 */
const frame: PublicPageFrame = {
  title: (locale) => roundPageText(locale).title,
  testId: 'round-page',
  path: (code) => `/r/${code}`,
  back: (locale) => roundPageText(locale).back,
  unknown: { code: 'grants.round_unknown', hint: (locale) => roundPageText(locale).unknownHint },
};

type Opened = Exclude<Awaited<ReturnType<typeof openRound>>, Response>;

/** A code no round can have is a round that does not exist (not an activity, as the shared flow would say). */
function openRound(c: Context<AppEnv>, isPost: boolean) {
  if (!pageCodeOf(c)) return problemPage(c, frame, null, { code: 'grants.round_unknown' });
  return openPublicPage(c, frame, findPublicGrantRound, isPost ? { isSignIn: () => true } : undefined);
}

function sendRound(
  c: Context<AppEnv>,
  opened: Opened,
  form: { values: ObjectionFormValues; problem: string | null; status: ContentfulStatusCode },
) {
  const { locale, query } = pageLocaleOf(c);
  const { code, activity: page, call } = opened;
  const content = roundPageContent(page, locale, {
    action: `/r/${code}${query}#notice`,
    values: form.values,
    problem: form.problem,
    today: call.today,
  });
  // What the resident typed, sent back to be corrected, is theirs alone: kept by no cache.
  const isPersonal = form.values !== emptyObjectionForm;
  return sendPublicPage(c, frame, { code, activityTitle: page.round.name, content, status: form.status, isPersonal });
}

async function showRound(c: Context<AppEnv>) {
  const opened = await openRound(c, false);
  if (opened instanceof Response) return opened;
  return sendRound(c, opened, { values: emptyObjectionForm, problem: null, status: 200 });
}

function objectionValues(form: FormFields): ObjectionFormValues {
  return {
    text: form.get('text') ?? '',
    name: form.get('name') ?? '',
    phone: form.get('phone') ?? '',
    consent: form.has('agree'),
  };
}

async function submitObjection(c: Context<AppEnv>) {
  const opened = await openRound(c, true);
  if (opened instanceof Response) return opened;
  const values = objectionValues(opened.form);
  const phone = typedPhone(values.phone);
  const input = formInputOf(grantObjectionInputSchema, {
    text: values.text,
    ...(values.name.trim() ? { name: values.name } : {}),
    ...(phone ? { phone } : {}),
    consent: values.consent,
  });
  const result = input.ok ? await raiseGrantObjection(opened.call, opened.code, input.value) : input;
  if (!result.ok) return refused(c, opened, values, result.error);
  const { locale, query } = pageLocaleOf(c);
  const content = objectionDoneContent(locale, `/r/${opened.code}${query}`);
  return sendPublicPage(c, frame, {
    code: opened.code,
    activityTitle: opened.activity.round.name,
    content,
    status: 200,
    isPersonal: true,
  });
}

/** A refused objection: the page again, the problem at the form, what was typed kept (a closed 公示 says so). */
function refused(c: Context<AppEnv>, opened: Opened, values: ObjectionFormValues, error: DomainError) {
  const { locale } = pageLocaleOf(c);
  const code =
    error.code === 'request.invalid' && error.fields?.some((f) => f.path === 'consent')
      ? 'grants.objection_consent_required'
      : error.code;
  const problem = messageFor({ ...error, code }, locale);
  return sendRound(c, opened, { values, problem, status: statusFor(code) as ContentfulStatusCode });
}

export const roundPageRoutes = new Hono<AppEnv>()
  .get('/r/:code', showRound)
  .post('/r/:code', formBodyLimit(frame), submitObjection);
