import {
  addDays,
  type ChatAnalysisQuery,
  type ChatGroupFigures,
  type ChatOrganizationFigures,
  type ChatPeriodQuery,
  type ChatStreetFigures,
  type ChatWindowKind,
  chatWindows,
  checkChatPeriod,
  groupsOnRecord,
  type OrganizationGroupMessages,
  ok,
  organizationHints,
  type Result,
  shanghaiDate,
  shanghaiDayStart,
  streetTrend,
} from '@seedbed/core';
import type { Selectable } from 'kysely';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { visibleChatGroups } from '../scope';
import { type AnalysedGroup, analyseGroupRow } from './analysis';
import type { ChatGroupsTable } from './tables';

type Reader = Pick<StoreContext, 'db' | 'scope'>;
type GroupRow = Selectable<ChatGroupsTable>;

/** The live groups the caller sees, of one organization or of a street, by name. */
function visibleGroups(call: Reader, where: { organizationId: string } | { streetId: string }) {
  let query = call.db
    .selectFrom('chat_groups')
    .selectAll()
    .where(visibleChatGroups(call.scope))
    .where('archived_at', 'is', null);
  query =
    'organizationId' in where
      ? query.where('organization_id', '=', where.organizationId)
      : query.where('street_id', '=', where.streetId);
  return query.orderBy('name').orderBy('id').execute();
}

/** A group analysed for the period, or null when no agreement is in force (nothing may be read). */
async function analysedOrNull(call: Reader, group: GroupRow, query: ChatAnalysisQuery): Promise<AnalysedGroup | null> {
  const analysed = await analyseGroupRow(call, group, query);
  return analysed.ok ? analysed.value : null;
}

type Headcount = ChatGroupFigures['headcount'];

/** Each group's last count by hand (the registry's 人数记录), by group id. */
async function lastHeadcounts(call: Reader, groupIds: string[]): Promise<Map<string, NonNullable<Headcount>>> {
  if (groupIds.length === 0) return new Map();
  const rows = await call.db
    .selectFrom('organization_chat_group_counts')
    .select(['chat_group_id', 'counted_on', 'member_count'])
    .where('chat_group_id', 'in', groupIds)
    .orderBy('counted_on')
    .execute();
  // ascending: the last row of a group wins
  return new Map(rows.map((row) => [row.chat_group_id, { countedOn: row.counted_on, memberCount: row.member_count }]));
}

/** A group's counts for the period: no people, no pseudonyms (officials and funders read these). */
function groupFigures(group: GroupRow, analysed: AnalysedGroup | null, headcount: Headcount): ChatGroupFigures {
  const base = {
    id: group.id,
    name: group.name,
    layer: group.layer,
    creationWay: group.creation_way,
    staffIn: group.staff_in,
    adoptionStep: group.adoption_step,
    headcount,
  };
  if (!analysed) {
    return {
      ...base,
      analysed: false,
      messages: 0,
      members: 0,
      speakers: 0,
      density: 0,
      centralization: 0,
      activeShare: 0,
      peripheryShare: 0,
      flaggedMembers: 0,
    };
  }
  const { indicators, messages } = analysed.analysis.whole;
  const members = indicators.members.length;
  const speakers = indicators.members.filter((member) => member.sent > 0).length;
  const periphery = indicators.members.filter((m) => m.role === 'periphery' || m.role === 'silent').length;
  return {
    ...base,
    analysed: true,
    messages,
    members,
    speakers,
    density: indicators.density.directed,
    centralization: indicators.centralization.undirected,
    activeShare: indicators.activeShare,
    peripheryShare: members === 0 ? 0 : periphery / members,
    flaggedMembers: [...analysed.analysis.marginalisation.values()].filter((flag) => flag.flagged).length,
  };
}

/**
 * An organization's groups with their indicators for a period (its page's 群聊 section; officials and
 * funders too): counts only. Member flags are tested over weekly windows.
 */
export async function findOrganizationChatFigures(
  call: Reader,
  organizationId: string,
  period: ChatPeriodQuery,
): Promise<Result<ChatOrganizationFigures>> {
  const checked = checkChatPeriod(period);
  if (!checked.ok) return checked;
  const organization = await findInScope(call, 'organizations', organizationId);
  if (!organization.ok) return organization;
  const groups = await visibleGroups(call, { organizationId });
  const headcounts = await lastHeadcounts(
    call,
    groups.map((group) => group.id),
  );
  const query = { from: period.from, to: period.to, window: 'week' as const };
  const figures: ChatGroupFigures[] = [];
  // the hint speaks of the last two months: each analysed group's messages from then to the period's end
  const since = shanghaiDayStart(addDays(period.to, -60)).getTime();
  const until = shanghaiDayStart(addDays(period.to, 1)).getTime();
  const recent: OrganizationGroupMessages[] = [];
  for (const group of groups) {
    const analysed = await analysedOrNull(call, group, query);
    figures.push(groupFigures(group, analysed, headcounts.get(group.id) ?? null));
    if (analysed)
      recent.push({
        layer: group.layer as OrganizationGroupMessages['layer'],
        messages: analysed.messages.filter((m) => m.sentAt >= since && m.sentAt < until).length,
      });
  }
  const hints = organizationHints(recent).map((hint) => ({ ...hint }));
  return ok({ organizationId, period: { from: period.from, to: period.to }, groups: figures, hints });
}

/**
 * The street's figures (seed 002's figures 6–8: 11 groups and 232 members → 32 groups and 690 members,
 * 1.2% of the street): per window, the groups on the trail, the distinct members on their rosters (a
 * person matched in several groups counted once), speakers, mean density, and the members' share of
 * the street's population — Σ resident_population of its communities from the community survey.
 */
export async function findStreetChatFigures(
  call: Reader,
  streetId: string,
  query: ChatPeriodQuery & { window: ChatWindowKind },
): Promise<Result<ChatStreetFigures>> {
  const checked = checkChatPeriod(query);
  if (!checked.ok) return checked;
  const street = await findInScope(call, 'streets', streetId);
  if (!street.ok) return street;
  const [groups, population] = await Promise.all([visibleGroups(call, { streetId }), streetPopulation(call, streetId)]);
  const headcounts = await lastHeadcounts(
    call,
    groups.map((group) => group.id),
  );
  const analysed: { group: GroupRow; analysed: AnalysedGroup | null }[] = [];
  for (const group of groups) analysed.push({ group, analysed: await analysedOrNull(call, group, query) });
  const windows = chatWindows(query, query.window);
  const perWindow = windows.map((window, i) =>
    analysed.flatMap(({ analysed: group }) => {
      const firstMessage = group?.messages[0]?.sentAt;
      if (!group || firstMessage === undefined || firstMessage >= window.end) return [];
      const entry = group.analysis.windows[i]!;
      const personOf = new Map(group.roster.map((member) => [member.id, member.personId]));
      const members = entry.network.members.map((senderId) => ({ senderId, personId: personOf.get(senderId) ?? null }));
      return [
        { groupId: group.group.id, members, messages: entry.messages, density: entry.indicators.density.directed },
      ];
    }),
  );
  const trend = streetTrend(perWindow, population.total);
  const onRecord = analysed.map(({ group, analysed: entry }) => {
    const first = entry?.messages[0]?.sentAt;
    return {
      createdOn: group.created_on,
      firstMessageOn: first === undefined ? null : shanghaiDate(new Date(first)),
      recordedOn: shanghaiDate(new Date(group.created_at as Date | string)),
      closedOn: group.closed_on,
    };
  });
  const series = windows.map((window, i) => {
    const active = perWindow[i]!.filter((group) => group.messages > 0);
    return {
      from: window.from,
      to: window.to,
      ...trend[i]!,
      groupsOnRecord: groupsOnRecord(onRecord, window),
      density: active.length === 0 ? 0 : active.reduce((sum, group) => sum + group.density, 0) / active.length,
    };
  });
  return ok({
    streetId,
    period: { from: query.from, to: query.to, window: query.window },
    population: population.total,
    communitiesWithoutPopulation: population.missing,
    windows: series,
    groups: analysed.map(({ group, analysed: entry }) => ({
      ...groupFigures(group, entry, headcounts.get(group.id) ?? null),
      organizationId: group.organization_id,
    })),
  });
}

/** Σ resident_population of the street's live communities (the survey's figure), and how many lack one. */
async function streetPopulation(call: Reader, streetId: string): Promise<{ total: number | null; missing: number }> {
  const rows = await call.db
    .selectFrom('communities')
    .select('resident_population')
    .where('street_id', '=', streetId)
    .where('archived_at', 'is', null)
    .execute();
  const known = rows.filter((row) => row.resident_population !== null);
  const total = known.reduce((sum, row) => sum + (row.resident_population ?? 0), 0);
  return { total: known.length === 0 || total === 0 ? null : total, missing: rows.length - known.length };
}
