import { type Locale, messageFor, statusFor } from '@seedbed/core';
import { castBallot, findBallotSlip, type SlipPage } from '@seedbed/db';
import { type Context, Hono } from 'hono';
import { html, raw } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../http/env';
import { errorLine, pageLocaleOf } from '../http/public-page';
import {
  formBodyLimit,
  type OpenedPage,
  openPublicPage,
  type PublicPageFrame,
  problemPage,
  sendPublicPage,
} from '../http/public-page-flow';
import { ballotPageText } from './ballot-page-text';

/**
 * /b/{code}: a personal ballot slip's page, rendered by the server like the sign-in page /s/{code}
 * (no account, no JavaScript: a child or an elder scans the slip the chair handed them, taps a
 * choice, taps 投票). The code is the slip: one voter, used once. The page never names the voter
 * (a phone is passed around and looked over), and after a secret ballot it does not repeat the
 * choice. Posts are limited per address and per address and code like a sign-in.
 */
const frame: PublicPageFrame = {
  title: (locale) => ballotPageText(locale).title,
  testId: 'ballot-page',
  path: (code) => `/b/${code}`,
  back: (locale) => ballotPageText(locale).back,
  unknown: { code: 'deliberation.unknown_slip', hint: (locale) => ballotPageText(locale).unknownHint },
};

function choicesOf(slip: SlipPage, locale: Locale): { value: string; label: string }[] {
  const text = ballotPageText(locale);
  if (slip.kind === 'motion')
    return (['for', 'against', 'abstain'] as const).map((value) => ({ value, label: text.motion[value] }));
  return [...slip.options.map((o) => ({ value: o.id, label: o.label })), { value: 'abstain', label: text.abstain }];
}

function header(slip: SlipPage, locale: Locale) {
  const text = ballotPageText(locale);
  return html`<h1 data-testid="ballot-question">${slip.question}</h1>
<p class="meta">${slip.meetingTitle}</p>
<p class="hint" data-testid="ballot-secrecy">${slip.isSecret ? text.secret : text.open}</p>`;
}

function formContent(slip: SlipPage, locale: Locale, action: string, problem: string | null) {
  const text = ballotPageText(locale);
  const choices = choicesOf(slip, locale);
  return html`${header(slip, locale)}${problem ? errorLine(problem, 'ballot-problem') : ''}
<form method="post" action="${action}">${choices.map(
    (choice, index) =>
      html`<input class="box" type="radio" id="c${index}" name="choice" value="${choice.value}" required data-testid="ballot-choice-${index}"><label for="c${index}">${choice.label}</label>`,
  )}<p class="hint">${text.castHint}</p><button class="go" type="submit" data-testid="ballot-cast">${text.cast}</button></form>`;
}

function stateContent(slip: SlipPage, locale: Locale, state: 'used' | 'closed') {
  const text = ballotPageText(locale);
  return html`${header(slip, locale)}<p class="done" data-testid="ballot-state">${state === 'used' ? text.used : text.closed}</p>`;
}

function send(
  c: Context<AppEnv>,
  code: string,
  slip: SlipPage,
  content: ReturnType<typeof html>,
  status: ContentfulStatusCode,
) {
  return sendPublicPage(c, frame, { code, activityTitle: slip.meetingTitle, content, status, isPersonal: true });
}

async function showBallot(c: Context<AppEnv>) {
  const opened = await openPublicPage(c, frame, findBallotSlip);
  if (opened instanceof Response) return opened;
  const { code, activity: slip } = opened;
  const { locale, query } = pageLocaleOf(c);
  if (slip.isClosed) return send(c, code, slip, stateContent(slip, locale, 'closed'), 200);
  if (slip.isUsed) return send(c, code, slip, stateContent(slip, locale, 'used'), 200);
  return send(c, code, slip, formContent(slip, locale, `/b/${code}${query}`, null), 200);
}

async function submitBallot(c: Context<AppEnv>) {
  const opened: OpenedPage<SlipPage> | Response = await openPublicPage(c, frame, findBallotSlip, {
    isSignIn: () => true,
  });
  if (opened instanceof Response) return opened;
  const { code, call, form, activity: slip } = opened;
  const { locale, query } = pageLocaleOf(c);
  const choice = form.get('choice') ?? '';
  const cast = await castBallot(call, code, choice);
  if (!cast.ok) {
    const status = statusFor(cast.error.code) as ContentfulStatusCode;
    if (cast.error.code === 'deliberation.unknown_slip') return problemPage(c, frame, null, cast.error);
    if (cast.error.code === 'deliberation.choice_invalid')
      return send(
        c,
        code,
        slip,
        formContent(slip, locale, `/b/${code}${query}`, messageFor(cast.error, locale)),
        status,
      );
    const state = cast.error.code === 'deliberation.vote_closed' ? 'closed' : 'used';
    return send(c, code, slip, stateContent(slip, locale, state), status);
  }
  const text = ballotPageText(locale);
  const label = choicesOf(slip, locale).find((ch) => ch.value === cast.value.choice)?.label ?? '';
  const done = html`${header(slip, locale)}<section class="done" data-testid="ballot-done"><h2>${text.done}</h2>${
    slip.isSecret ? raw('') : html`<p>${text.doneOpen(label)}</p>`
  }</section>`;
  return send(c, code, slip, done, 200);
}

export const ballotPageRoutes = new Hono<AppEnv>()
  .get('/b/:code', showBallot)
  .post('/b/:code', formBodyLimit(frame), submitBallot);
