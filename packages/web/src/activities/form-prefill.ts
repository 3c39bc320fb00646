import type { ActivityFormValues } from './form-values';
import { shanghaiClock } from './form-values';

/**
 * What the leader's form fills in by itself, so a usual weekly activity takes a few taps (issue 16).
 * Pure and zod-free like form-values.ts (the form's bundle budget).
 */

/**
 * Ticks `memberIds`. The organizers' count follows the ticked members (they ran it) as long as it
 * followed them so far — it equals the number ticked before; a count the leader typed stays.
 */
export function tickMembers(values: ActivityFormValues, memberIds: readonly string[]): ActivityFormValues {
  const isFollowing = values.organizerCount === values.memberIds.length;
  return {
    ...values,
    memberIds: [...memberIds],
    organizerCount: isFollowing ? memberIds.length : values.organizerCount,
  };
}

/**
 * 同上次: the members of the team's last activity who are still on its list, ticked; members
 * already ticked stay ticked.
 */
export function sameAsLastTime(
  values: ActivityFormValues,
  lastMemberIds: readonly string[],
  currentMemberIds: readonly string[],
): ActivityFormValues {
  const current = new Set(currentMemberIds);
  const ticked = new Set([...values.memberIds, ...lastMemberIds.filter((id) => current.has(id))]);
  return tickMembers(
    values,
    currentMemberIds.filter((id) => ticked.has(id)),
  );
}

/** 全选 when some are not ticked, else 全不选: every member of the list, or none. */
export function toggleAllMembers(values: ActivityFormValues, currentMemberIds: readonly string[]): ActivityFormValues {
  const isAllTicked = currentMemberIds.every((id) => values.memberIds.includes(id));
  return tickMembers(values, isAllTicked ? [] : currentMemberIds);
}

export interface PlannedToday {
  startsAt: string;
  endsAt: string;
}

/**
 * A new form on a day the team planned an activity for: the planned start and end instead of the
 * guessed two hours — unless the leader has changed the date or the times already (`defaults` are
 * the values the form started with).
 */
export function withTodaysPlan(
  values: ActivityFormValues,
  plan: PlannedToday,
  defaults: Pick<ActivityFormValues, 'date' | 'startTime' | 'endTime'>,
): ActivityFormValues {
  const starts = shanghaiClock(new Date(plan.startsAt));
  const ends = shanghaiClock(new Date(plan.endsAt));
  const isUntouched =
    values.date === defaults.date && values.startTime === defaults.startTime && values.endTime === defaults.endTime;
  if (!isUntouched || starts.date !== values.date || ends.date !== values.date) return values;
  return { ...values, startTime: starts.time, endTime: ends.time };
}
