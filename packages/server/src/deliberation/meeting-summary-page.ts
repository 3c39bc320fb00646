import type { Locale, PublicMeeting } from '@seedbed/core';
import { findPublicMeeting } from '@seedbed/db';
import { type Context, Hono } from 'hono';
import { html } from 'hono/html';
import type { AppEnv } from '../http/env';
import { type Html, pageLocaleOf } from '../http/public-page';
import { openPublicPage, type PublicPageFrame, sendPublicPage } from '../http/public-page-flow';
import { meetingSummaryPageText } from './meeting-summary-page-text';

/**
 * /m/{code}: a meeting's public summary, shared like a publicity draft (the chair's 分享 on the
 * meeting's page makes the code). Rendered by the server like the ballot page: one small request,
 * no JavaScript. Title, type, day, place, the summary, agenda, decisions and follow-ups — and no
 * resident's name: attendees are a count, a follow-up's owner is the organizing team or the word
 * 负责人 (findPublicMeeting reads no person's row).
 */
const frame: PublicPageFrame = {
  title: (locale) => meetingSummaryPageText(locale).title,
  testId: 'meeting-summary-page',
  path: (code) => `/m/${code}`,
  back: (locale) => meetingSummaryPageText(locale).back,
  unknown: { code: 'deliberation.unknown_meeting', hint: (locale) => meetingSummaryPageText(locale).unknownHint },
};

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

function list(title: string, lines: readonly (string | Html)[], testId: string, locale: Locale): Html {
  const text = meetingSummaryPageText(locale);
  return html`<h2>${title}</h2>${
    lines.length === 0
      ? html`<p class="meta">${text.none}</p>`
      : html`<ul data-testid="${testId}">${lines.map((line) => html`<li>${line}</li>`)}</ul>`
  }`;
}

function followUpLine(meeting: PublicMeeting, followUp: PublicMeeting['followUps'][number], locale: Locale): string {
  const text = meetingSummaryPageText(locale);
  const owner = followUp.hasOwner
    ? meeting.organizerName
      ? fill(text.owner, { name: meeting.organizerName })
      : text.ownerRole
    : '';
  const due = followUp.dueOn ? fill(text.due, { date: followUp.dueOn }) : '';
  return [followUp.what, owner, due, followUp.isDone ? text.done : text.open].filter(Boolean).join(' · ');
}

/** The summary's lines as paragraphs (the page's CSP allows no style attribute for pre-wrap). */
const paragraphsOf = (text: string) => text.split(/\n+/).filter((line) => line.trim() !== '');

export function meetingSummaryContent(meeting: PublicMeeting, locale: Locale): Html {
  const text = meetingSummaryPageText(locale);
  const facts = [
    `${meeting.heldOn} · ${meeting.typeName}`,
    meeting.communityName,
    meeting.place ? fill(text.place, { place: meeting.place }) : '',
    meeting.organizerName ? fill(text.organizer, { name: meeting.organizerName }) : '',
    fill(text.attendees, { n: meeting.attendeeCount }),
  ].filter(Boolean);
  return html`<h1 data-testid="meeting-summary-title">${meeting.title}</h1>
${facts.map((fact) => html`<p class="meta">${fact}</p>`)}${
  meeting.summary
    ? html`<h2>${text.summary}</h2>${paragraphsOf(meeting.summary).map((line) => html`<p>${line}</p>`)}`
    : ''
}${list(text.agenda, meeting.agenda, 'meeting-summary-agenda', locale)}${list(
  text.decisions,
  meeting.decisions,
  'meeting-summary-decisions',
  locale,
)}${list(
  text.followUps,
  meeting.followUps.map((f) => followUpLine(meeting, f, locale)),
  'meeting-summary-follow-ups',
  locale,
)}<p class="hint">${text.privacy}</p>`;
}

async function showSummary(c: Context<AppEnv>) {
  const { locale } = pageLocaleOf(c);
  const opened = await openPublicPage(c, frame, (call, code) => findPublicMeeting(call, code, locale));
  if (opened instanceof Response) return opened;
  return sendPublicPage(c, frame, {
    code: opened.code,
    activityTitle: opened.activity.title,
    content: meetingSummaryContent(opened.activity, locale),
    status: 200,
    isPersonal: false,
  });
}

export const meetingSummaryPageRoutes = new Hono<AppEnv>().get('/m/:code', showSummary);
