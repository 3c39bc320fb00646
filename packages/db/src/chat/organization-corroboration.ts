import {
  addDays,
  type ChatCorroboratedActivity,
  type ChatOrganizationCorroboration,
  type ChatPeriodQuery,
  checkChatPeriod,
  corroborateActivities,
  ok,
  type Result,
  shanghaiDate,
  shanghaiDayStart,
} from '@seedbed/core';
import { listGaps, notMerged } from '../activities';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { visibleActivities } from '../scope';
import { agreedGroupIds, coveredSpan, daySummaries } from './corroboration';

type Reader = Pick<StoreContext, 'db' | 'scope' | 'today'>;

/**
 * An organization's activities of a period with their chat marks (core corroboration.ts): its held
 * records (visible to the caller, not merged) and its planned dates that passed with no record
 * (`listGaps` of the activities capability, which expands the plans' recurrences), each marked from
 * the talk of the organization's agreed groups that day and the next. A planned date whose group was
 * silent is a question for staff; `questionsShown` says whether the caller is answered them.
 */
export async function findOrganizationChatCorroboration(
  call: Reader,
  organizationId: string,
  period: ChatPeriodQuery,
  options: { questionsShown: boolean },
): Promise<Result<ChatOrganizationCorroboration>> {
  const checked = checkChatPeriod(period);
  if (!checked.ok) return checked;
  const organization = await findInScope(call, 'organizations', organizationId);
  if (!organization.ok) return organization;
  const held = await call.db
    .selectFrom('activities')
    .innerJoin('activity_organizations as ao', 'ao.activity_id', 'activities.id')
    .select(['activities.id', 'activities.title', 'activities.starts_at', 'activities.planned_activity_id'])
    .where('ao.organization_id', '=', organizationId)
    .where(visibleActivities(call.scope))
    .where(notMerged())
    .where('activities.starts_at', '>=', shanghaiDayStart(period.from))
    .where('activities.starts_at', '<', shanghaiDayStart(addDays(period.to, 1)))
    .execute();
  const gaps = await listGaps(call, { organizationId, from: period.from, to: period.to });
  if (!gaps.ok) return gaps;
  const rows: Omit<ChatCorroboratedActivity, 'mark' | 'questionForStaff' | 'messages' | 'photos' | 'aboutMessages'>[] =
    [
      ...held.map((row) => ({
        kind: 'held' as const,
        activityId: row.id,
        plannedActivityId: row.planned_activity_id,
        date: shanghaiDate(row.starts_at),
        title: row.title,
      })),
      ...gaps.value.map((gap) => ({
        kind: 'planned' as const,
        activityId: null,
        plannedActivityId: gap.plannedActivityId,
        date: gap.on,
        title: gap.title,
      })),
    ].sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
  const groupIds = await agreedGroupIds(call, [organizationId]);
  const covered = groupIds.length > 0 ? await coveredSpan(call, groupIds) : null;
  const days =
    groupIds.length > 0 ? await daySummaries(call, groupIds, { from: period.from, to: addDays(period.to, 1) }) : [];
  const marks = corroborateActivities(
    rows.map((row, index) => ({
      id: String(index),
      date: row.date,
      title: row.title,
      status: row.kind === 'planned' ? ('planned' as const) : ('held' as const),
    })),
    days,
    covered ?? { from: '9999-12-31', to: '0000-01-01' },
  );
  const activities = rows.map((row, index): ChatCorroboratedActivity => {
    const { mark, questionForStaff, messages, photos, aboutMessages } = marks[index]!;
    return {
      ...row,
      mark,
      questionForStaff: options.questionsShown && questionForStaff,
      messages,
      photos,
      aboutMessages,
    };
  });
  return ok({
    organizationId,
    period: { from: period.from, to: period.to },
    groups: groupIds.length,
    covered,
    activities,
    questions: options.questionsShown ? activities.filter((a) => a.questionForStaff).length : null,
  });
}
