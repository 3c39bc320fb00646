import { z } from 'zod';
import { fail, ok, type Result } from '../errors';
import { isoDateSchema } from '../shared/schemas';
import { addDays, dayNumber, daysBetween, shanghaiDayStart } from '../shared/time';
import { type ChatNetworkSettings, defaultChatNetworkSettings } from './interactions';

/**
 * The period and windows every chat figure is read for (issue 19: "Everything with a period
 * filter"): `from` and `to` are Shanghai days, both included; a window is a calendar week (Monday to
 * Sunday) or a calendar month, cut to the period at both ends.
 */
export const chatWindowKinds = ['week', 'month'] as const;
export type ChatWindowKind = (typeof chatWindowKinds)[number];

export const chatPeriodQuerySchema = z.object({ from: isoDateSchema, to: isoDateSchema });
export type ChatPeriodQuery = z.infer<typeof chatPeriodQuerySchema>;

/**
 * A group's analysis: the period and its windows, and the interaction network's settings
 * (interactions.ts): `gap`, the response-in-turn gap in minutes (1–1440, default 5), and the weight of
 * each edge kind, `reply`, `mention`, `response` (0–100, default 1; 0 leaves that kind out).
 */
export const chatAnalysisQuerySchema = chatPeriodQuerySchema.extend({
  window: z.enum(chatWindowKinds).default('week'),
  gap: z.coerce.number().int().min(1).max(1440).optional(),
  reply: z.coerce.number().min(0).max(100).optional(),
  mention: z.coerce.number().min(0).max(100).optional(),
  response: z.coerce.number().min(0).max(100).optional(),
});
export type ChatAnalysisQuery = z.infer<typeof chatAnalysisQuerySchema>;

export const chatStreetFiguresQuerySchema = chatPeriodQuerySchema.extend({
  window: z.enum(chatWindowKinds).default('month'),
});

/** The longest period a chat figure answers for: three years, 157 weeks. */
export const chatMaxPeriodDays = 3 * 366;

/** A period for chat figures: from ≤ to, and not longer than `chatMaxPeriodDays`. */
export function checkChatPeriod<P extends ChatPeriodQuery>(period: P): Result<P> {
  if (period.to < period.from) return fail('chat.period_reversed');
  if (daysBetween(period.from, period.to) > chatMaxPeriodDays)
    return fail('chat.period_too_long', { days: chatMaxPeriodDays });
  return ok(period);
}

/** One window of a period: its first and last day (both included) and its instants [start, end). */
export interface ChatWindow {
  from: string;
  to: string;
  start: number;
  end: number;
}

/** The calendar weeks (Monday first) or months that meet the period, each cut to it. */
export function chatWindows(period: ChatPeriodQuery, kind: ChatWindowKind): ChatWindow[] {
  const windows: ChatWindow[] = [];
  let from = period.from;
  while (from <= period.to) {
    const natural = kind === 'week' ? addDays(from, 6 - ((dayNumber(from) + 3) % 7)) : lastDayOfMonth(from);
    // days as text: the earlier of the two ('YYYY-MM-DD' sorts as dates)
    const to = [natural, period.to].sort()[0]!;
    windows.push({
      from,
      to,
      start: shanghaiDayStart(from).getTime(),
      end: shanghaiDayStart(addDays(to, 1)).getTime(),
    });
    from = addDays(to, 1);
  }
  return windows;
}

function lastDayOfMonth(day: string): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

/** The network settings a group's analysis query asks for, the defaults where it says nothing. */
export function chatNetworkSettingsOf(
  query: Pick<ChatAnalysisQuery, 'gap' | 'reply' | 'mention' | 'response'>,
): ChatNetworkSettings {
  const { responseGapMinutes, weights } = defaultChatNetworkSettings;
  return {
    responseGapMinutes: query.gap ?? responseGapMinutes,
    weights: {
      reply: query.reply ?? weights.reply,
      mention: query.mention ?? weights.mention,
      response: query.response ?? weights.response,
    },
  };
}
