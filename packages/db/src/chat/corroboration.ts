import {
  addDays,
  type ChatActivityCorroboration,
  type ChatDaySummary,
  corroborateActivities,
  nextDay,
  ok,
  type Result,
  shanghaiDate,
  shanghaiDayStart,
  unspokenChatKinds,
} from '@seedbed/core';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';

type Reader = Pick<StoreContext, 'db' | 'scope'>;

/**
 * A held activity's chat mark (core corroboration.ts): the messages, photos and messages about it on
 * its day and the next in the groups of the organizations that ran it, under an agreement in force.
 * Reads counts and topic words only, never text. The activity is found in the caller's scope.
 */
export async function findActivityChatCorroboration(
  call: Reader,
  activityId: string,
): Promise<Result<ChatActivityCorroboration>> {
  const activity = await findInScope(call, 'activities', activityId);
  if (!activity.ok) return activity;
  const date = shanghaiDate(activity.value.starts_at);
  const organizations = await call.db
    .selectFrom('activity_organizations')
    .select('organization_id')
    .where('activity_id', '=', activityId)
    .execute();
  const groupIds = await agreedGroupIds(
    call,
    organizations.map((row) => row.organization_id),
  );
  const covered = groupIds.length > 0 ? await coveredSpan(call, groupIds) : null;
  const days = groupIds.length > 0 ? await daySummaries(call, groupIds, { from: date, to: nextDay(date) }) : [];
  const [mark] = corroborateActivities(
    [{ id: activityId, date, title: activity.value.title, status: 'held' }],
    days,
    covered ?? { from: '9999-12-31', to: '0000-01-01' },
  );
  return ok({ ...mark!, activityId, date, groups: groupIds.length, covered });
}

/** The groups of these organizations under an agreement in force. */
export async function agreedGroupIds(call: Reader, organizationIds: string[]): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const groups = await call.db
    .selectFrom('chat_groups as g')
    .innerJoin('chat_agreements as a', (join) => join.onRef('a.group_id', '=', 'g.id').on('a.withdrawn_at', 'is', null))
    .select('g.id')
    .where('g.organization_id', 'in', organizationIds)
    .execute();
  return groups.map((group) => group.id);
}

/**
 * The Shanghai days of the groups' first and last messages, or null before any; `spokenOnly` counts
 * only what members sent (not joins, recalls or the group's own lines).
 */
export async function coveredSpan(call: Reader, groupIds: string[], options: { spokenOnly?: boolean } = {}) {
  let query = call.db
    .selectFrom('chat_messages')
    .select((eb) => [eb.fn.min('sent_at').as('first'), eb.fn.max('sent_at').as('last')])
    .where('group_id', 'in', groupIds);
  if (options.spokenOnly)
    query = query.where('sender_id', 'is not', null).where('kind', 'not in', [...unspokenChatKinds]);
  const span = await query.executeTakeFirst();
  if (!span?.first || !span.last) return null;
  return { from: shanghaiDate(new Date(span.first)), to: shanghaiDate(new Date(span.last)) };
}

/** The days of `days` (both included), per Shanghai day: counts, photos and each message's topic words. */
export async function daySummaries(
  call: Reader,
  groupIds: string[],
  days: { from: string; to: string },
): Promise<ChatDaySummary[]> {
  const rows = await call.db
    .selectFrom('chat_messages')
    .select(['sent_at', 'kind', 'topic_words'])
    .where('group_id', 'in', groupIds)
    .where('sent_at', '>=', shanghaiDayStart(days.from))
    .where('sent_at', '<', shanghaiDayStart(addDays(days.to, 1)))
    .execute();
  const tally = new ChatDayTally();
  for (const row of rows) tally.add(row);
  return tally.summaries();
}

/** Messages counted per Shanghai day for corroboration: counts, photos and each message's topic words. */
export class ChatDayTally {
  private readonly byDay = new Map<string, ChatDaySummary & { messageWords: string[][] }>();

  add(row: { sent_at: Date | string; kind: string; topic_words: string[] }): void {
    const day = shanghaiDate(new Date(row.sent_at));
    const summary = this.byDay.get(day) ?? { date: day, messages: 0, photos: 0, messageWords: [] };
    summary.messages += 1;
    if (row.kind === 'image') summary.photos += 1;
    if (row.topic_words.length > 0) summary.messageWords.push(row.topic_words);
    this.byDay.set(day, summary);
  }

  summaries(): ChatDaySummary[] {
    return [...this.byDay.values()];
  }
}
