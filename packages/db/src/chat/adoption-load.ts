import {
  type AdoptionWeek,
  addDays,
  adoptionEvidence,
  adoptionSettings,
  type ChatAdoptionSuggestion,
  type ChatDaySummary,
  type ChatMessageKind,
  corroborateActivities,
  isSpokenKind,
  ok,
  type Result,
  shanghaiDate,
  shanghaiDayStart,
  suggestAdoptionStep,
} from '@seedbed/core';
import type { StoreContext } from '../context';
import { ChatDayTally, coveredSpan } from './corroboration';
import { findChatTrailGroup } from './groups';

type Reader = Pick<StoreContext, 'db' | 'scope'>;

/**
 * The adoption step suggested from a group's trail (core adoption.ts) with its evidence, for staff to
 * confirm through `PATCH /api/chat-groups/{id}`. The period is the last `adoptionSettings.weeks` weeks of
 * the trail, ending on the day of its last spoken message (an import is a snapshot: weeks after it are
 * unknown, not silent). The organization's **leaders** are its current leader and deputies
 * (organization_members), counted through the senders staff matched to them. Its **activities** are its
 * held activity records in the period, each marked by corroboration.ts against this group's days.
 * Counts only, never text or names of senders; no suggestion without an agreement in force or a message.
 */
export async function findChatAdoptionSuggestion(
  call: StoreContext,
  groupId: string,
): Promise<Result<ChatAdoptionSuggestion>> {
  const found = await findChatTrailGroup(call, groupId);
  if (!found.ok) return found;
  const group = found.value;
  const base = {
    groupId,
    confirmedStep: group.adoptionStep,
    confirmedAt: group.adoptionStepConfirmedAt,
    confirmedByName: group.adoptionStepConfirmedByName,
  };
  if (!group.agreement) return ok({ ...base, period: null, noSuggestion: 'no_agreement', suggestion: null });
  const span = await coveredSpan(call, [groupId], { spokenOnly: true });
  if (!span) return ok({ ...base, period: null, noSuggestion: 'no_trail', suggestion: null });
  const period = { from: addDays(span.to, -7 * adoptionSettings.weeks + 1), to: span.to };
  const leaderSenders = await leaderSendersOf(call, groupId, group.organizationId);
  const { weeks, days } = await weeksAndDays(call, groupId, period, leaderSenders);
  const activities = group.organizationId ? await activitiesOf(call, group.organizationId, period) : [];
  // activities before the trail's first day are `not_covered`, left out of step 5's counts
  const marks = corroborateActivities(activities, days, span);
  const suggestion = suggestAdoptionStep({
    weeks,
    activities: marks.map((mark) => ({ status: 'held', mark: mark.mark })),
    confirmedStep: group.adoptionStep,
  });
  return ok({
    ...base,
    period,
    noSuggestion: null,
    suggestion: {
      step: suggestion.step,
      differsFromConfirmed: suggestion.differsFromConfirmed,
      evidence: adoptionEvidence(suggestion, {
        leaderMatched: leaderSenders.size > 0,
        confirmedStep: group.adoptionStep,
      }),
    },
  });
}

/** The group's senders matched to the organization's current leader or deputies. */
async function leaderSendersOf(call: Reader, groupId: string, organizationId: string | null): Promise<Set<string>> {
  if (!organizationId) return new Set();
  const rows = await call.db
    .selectFrom('chat_senders as s')
    .innerJoin('organization_members as m', 'm.person_id', 's.person_id')
    .select('s.id')
    .where('s.group_id', '=', groupId)
    .where('m.organization_id', '=', organizationId)
    .where('m.role', 'in', ['leader', 'deputy'])
    .where('m.left_on', 'is', null)
    .execute();
  return new Set(rows.map((row) => row.id));
}

/** The period's weeks (oldest first: spoken messages, the leaders' among them) and its days for corroboration. */
async function weeksAndDays(
  call: Reader,
  groupId: string,
  period: { from: string; to: string },
  leaderSenders: ReadonlySet<string>,
): Promise<{ weeks: AdoptionWeek[]; days: ChatDaySummary[] }> {
  const rows = await call.db
    .selectFrom('chat_messages')
    .select(['sent_at', 'kind', 'sender_id', 'topic_words'])
    .where('group_id', '=', groupId)
    .where('sent_at', '>=', shanghaiDayStart(period.from))
    .where('sent_at', '<', shanghaiDayStart(addDays(period.to, 1)))
    .execute();
  const weeks: AdoptionWeek[] = Array.from({ length: adoptionSettings.weeks }, () => ({
    messages: 0,
    leaderMessages: 0,
  }));
  const startMs = shanghaiDayStart(period.from).getTime();
  const days = new ChatDayTally();
  for (const row of rows) {
    days.add(row);
    const sentAt = new Date(row.sent_at);
    if (row.sender_id === null || !isSpokenKind(row.kind as ChatMessageKind)) continue;
    const week = weeks[Math.floor((sentAt.getTime() - startMs) / (7 * 86_400_000))];
    if (!week) continue;
    week.messages += 1;
    if (leaderSenders.has(row.sender_id)) week.leaderMessages += 1;
  }
  return { weeks, days: days.summaries() };
}

/** The organization's held activity records whose day lies in the period (merged-away records left out). */
async function activitiesOf(call: Reader, organizationId: string, period: { from: string; to: string }) {
  const rows = await call.db
    .selectFrom('activities as a')
    .innerJoin('activity_organizations as ao', 'ao.activity_id', 'a.id')
    .select(['a.id', 'a.title', 'a.starts_at'])
    .where('ao.organization_id', '=', organizationId)
    .where('a.merged_into_id', 'is', null)
    .where('a.starts_at', '>=', shanghaiDayStart(period.from))
    .where('a.starts_at', '<', shanghaiDayStart(addDays(period.to, 1)))
    .execute();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    date: shanghaiDate(new Date(row.starts_at)),
    status: 'held' as const,
  }));
}
