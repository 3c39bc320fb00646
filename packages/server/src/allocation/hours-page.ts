import {
  type DomainError,
  type HonourType,
  idSchema,
  type Locale,
  type PublicAllocation,
  shanghaiDateTime,
  weekdayOf,
} from '@seedbed/core';
import { findPublicAllocation } from '@seedbed/db';
import { type Context, Hono } from 'hono';
import { html } from 'hono/html';
import { publicCallWithinLimits } from '../http/answer-public';
import type { AppEnv } from '../http/env';
import { type Html, pageLocaleOf } from '../http/public-page';
import { type PublicPageFrame, problemPage, sendPublicPage } from '../http/public-page-flow';
import { hoursPageText } from './hours-page-text';

/**
 * /h/{id}: a community's spaces page for residents, rendered by the server like the sign-in page
 * (seed 003: the ping-pong room "既没有粘贴开放时间" — only the keyholder's friends knew when it was
 * open). Each space with published hours (only those: a space's name may point at a household,
 * "X家院子"), its weekly opening hours, this week's confirmed bookings by team or group name
 * (never who booked), and the honours' published rules with the teams honoured. The id is the
 * community's: the page holds nothing that is not meant for the door of the room.
 */
const frame: PublicPageFrame = {
  title: (locale) => hoursPageText(locale).title,
  testId: 'hours-page',
  path: (id) => `/h/${id}`,
  back: (locale) => hoursPageText(locale).back,
  unknown: { code: 'community.unknown', hint: (locale) => hoursPageText(locale).unknownHint },
};

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

function hoursLines(space: PublicAllocation['spaces'][number], locale: Locale): Html {
  const text = hoursPageText(locale);
  const days = [1, 2, 3, 4, 5, 6, 7]
    .map((weekday) => ({ weekday, times: space.intervals.filter((i) => i.weekday === weekday) }))
    .filter((day) => day.times.length > 0);
  return html`<ul>${days.map(
    (day) =>
      html`<li>${text.weekdays[day.weekday]} ${day.times.map((t) => `${t.opens}–${t.closes}`).join(text.listSeparator)}</li>`,
  )}</ul>`;
}

function bookingLines(space: PublicAllocation['spaces'][number], locale: Locale): Html {
  const text = hoursPageText(locale);
  if (space.bookings.length === 0) return html`<p class="meta">${text.noBookings}</p>`;
  return html`<ul>${space.bookings.map((b) => {
    const start = shanghaiDateTime(new Date(b.startsAt));
    const end = shanghaiDateTime(new Date(b.endsAt)).slice(11);
    const weekday = text.weekdays[weekdayOf(start.slice(0, 10))];
    return html`<li>${weekday} ${start.slice(5, 10)} ${start.slice(11)}–${end} ${b.who} · ${b.purpose}</li>`;
  })}</ul>`;
}

function honourLines(types: readonly HonourType[], locale: Locale): Html {
  const text = hoursPageText(locale);
  if (types.length === 0) return html``;
  return html`<h2>${text.honours}</h2>${types.map(
    (type) => html`<section data-testid="honour"><h3>${type.name}</h3>
<p>${text.earnedBy}${type.earnedBy}</p><p class="meta">${text.decidedBy}${type.decidedBy}</p>${
      type.awards.length
        ? html`<p>${text.awarded}${type.awards
            .map((a) => `${a.organizationName ?? text.aResident}（${a.awardedOn}）`)
            .join(text.listSeparator)}</p>`
        : ''
    }</section>`,
  )}`;
}

export function hoursPageContent(page: PublicAllocation & { honourTypes: HonourType[] }, locale: Locale): Html {
  const text = hoursPageText(locale);
  return html`<h1>${page.communityName}</h1><p class="meta">${text.title}</p>
${page.spaces.length === 0 ? html`<p class="hint">${text.noSpaces}</p>` : ''}${page.spaces.map(
  (space) => html`<section data-testid="space"><h2>${space.name}</h2>${
    space.capacity ? html`<p class="meta">${fill(text.capacity, { n: space.capacity })}</p>` : ''
  }${hoursLines(space, locale)}${space.hoursNote ? html`<p class="hint">${space.hoursNote}</p>` : ''}
<p><strong>${fill(text.thisWeek, { from: page.weekFrom.slice(5), to: page.weekTo.slice(5) })}</strong></p>${bookingLines(space, locale)}</section>`,
)}${honourLines(page.honourTypes, locale)}`;
}

async function showHours(c: Context<AppEnv>) {
  const id = c.req.param('id') ?? '';
  const unknown: DomainError = { code: 'community.unknown' };
  if (!idSchema.safeParse(id).success) return problemPage(c, frame, null, unknown);
  const call = publicCallWithinLimits(c);
  if (!call.ok) return problemPage(c, frame, null, call.error);
  const found = await findPublicAllocation(call.value, id);
  if (!found.ok) return problemPage(c, frame, null, found.error);
  const { locale } = pageLocaleOf(c);
  return sendPublicPage(c, frame, {
    code: id,
    activityTitle: found.value.communityName,
    content: hoursPageContent(found.value, locale),
    status: 200,
    isPersonal: false,
  });
}

export const hoursPageRoutes = new Hono<AppEnv>().get('/h/:id', showHours);
