import { type OrganizationRegistryRecord, ok, type Result } from '@seedbed/core';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { visibleOrganizations } from '../scope';

type Registry = OrganizationRegistryRecord;

/**
 * The registry of one organization for its page: dated history, served communities (ended ones
 * too), members past and present, sub-teams, chat groups with counts over time, relations, interviews.
 * All of it: what a role may see of it (names, interviews) is core's `organizationRegistryAsSeenBy`.
 */
export async function readRegistry(
  { db, scope }: Pick<StoreContext, 'db' | 'scope'>,
  id: string,
): Promise<Result<Registry>> {
  const found = await findInScope({ db, scope }, 'organizations', id);
  if (!found.ok) return found;
  const [changes, served, members, subTeams, subTeamMembers, groups, counts, outgoing, incoming, interviews] =
    await Promise.all([
      db
        .selectFrom('organization_changes as oc')
        .leftJoin('users as confirmer', 'confirmer.id', 'oc.confirmed_by')
        .select([
          'oc.id',
          'oc.field',
          'oc.value',
          'oc.changed_on',
          'oc.reason',
          'oc.document_ref',
          'oc.document_file_type',
          'oc.confirmed_at',
          'confirmer.display_name as confirmed_by_name',
        ])
        .where('oc.organization_id', '=', id)
        .orderBy('oc.changed_on', 'desc')
        .orderBy('oc.recorded_at', 'desc')
        .execute(),
      db
        .selectFrom('organization_service_areas as sa')
        .innerJoin('communities', 'communities.id', 'sa.community_id')
        .select(['sa.community_id', 'communities.name', 'sa.since', 'sa.until'])
        .where('sa.organization_id', '=', id)
        .orderBy('communities.name')
        .execute(),
      db
        .selectFrom('organization_members as m')
        .innerJoin('people', 'people.id', 'm.person_id')
        .select(['m.id', 'm.person_id', 'people.name', 'm.role', 'm.joined_on', 'm.left_on'])
        .where('m.organization_id', '=', id)
        .orderBy('m.left_on', 'desc')
        .orderBy('people.name')
        .execute(),
      db
        .selectFrom('organization_sub_teams')
        .select(['id', 'name', 'formed_on', 'ended_on'])
        .where('organization_id', '=', id)
        .orderBy('name')
        .execute(),
      db
        .selectFrom('organization_sub_team_members as stm')
        .innerJoin('organization_sub_teams as st', 'st.id', 'stm.sub_team_id')
        .innerJoin('people', 'people.id', 'stm.person_id')
        .select(['stm.sub_team_id', 'stm.person_id', 'people.name', 'stm.role'])
        .where('st.organization_id', '=', id)
        .where('stm.left_on', 'is', null)
        .orderBy('stm.role')
        .orderBy('people.name')
        .execute(),
      db
        .selectFrom('chat_groups')
        .select([
          'id',
          'name',
          'platform',
          'creation_way',
          'layer',
          'sub_team_id',
          'staff_in',
          'created_on',
          'closed_on',
        ])
        .where('organization_id', '=', id)
        .where('archived_at', 'is', null)
        .orderBy('created_on')
        .orderBy('name')
        .execute(),
      db
        .selectFrom('organization_chat_group_counts as c')
        .innerJoin('chat_groups as g', 'g.id', 'c.chat_group_id')
        .select(['c.chat_group_id', 'c.counted_on', 'c.member_count'])
        .where('g.organization_id', '=', id)
        .where('g.archived_at', 'is', null)
        .orderBy('c.counted_on')
        .execute(),
      db
        .selectFrom('organization_relations as r')
        .innerJoin('organizations as o', 'o.id', 'r.related_organization_id')
        .select(['r.id', 'r.kind', 'r.since', 'r.until', 'r.note', 'o.id as other_id', 'o.name as other_name'])
        .where('r.organization_id', '=', id)
        .execute(),
      db
        .selectFrom('organization_relations as r')
        .innerJoin('organizations as o', 'o.id', 'r.organization_id')
        .select(['r.id', 'r.kind', 'r.since', 'r.until', 'r.note', 'o.id as other_id', 'o.name as other_name'])
        .where('r.related_organization_id', '=', id)
        .execute(),
      db
        .selectFrom('organization_interviews')
        .selectAll()
        .where('organization_id', '=', id)
        .orderBy('interviewed_on', 'desc')
        .execute(),
    ]);
  // A related organization out of the caller's scope is named, not linked (a leader sees its own team only).
  const relatedIds = [...outgoing, ...incoming].map((r) => r.other_id);
  const openable = new Set(
    relatedIds.length === 0
      ? []
      : (
          await db
            .selectFrom('organizations')
            .select('organizations.id')
            .where('organizations.id', 'in', relatedIds)
            .where(visibleOrganizations(scope))
            .execute()
        ).map((o) => o.id),
  );
  const registry: Registry = {
    dissolvedOn: found.value.dissolved_on,
    changes: changes.map((c) => ({
      id: c.id,
      field: c.field as Registry['changes'][number]['field'],
      value: c.value,
      changedOn: c.changed_on,
      reason: c.reason,
      documentRef: c.document_ref,
      documentFileType: c.document_file_type as 'pdf' | 'png' | 'jpg' | 'webp' | null,
      confirmedAt: c.confirmed_at?.toISOString() ?? null,
      confirmedBy: c.confirmed_by_name,
    })),
    servedCommunities: served.map((s) => ({
      communityId: s.community_id,
      name: s.name,
      since: s.since,
      until: s.until,
    })),
    memberHistory: members.map((m) => ({
      membershipId: m.id,
      personId: m.person_id,
      name: m.name,
      role: m.role as 'member',
      joinedOn: m.joined_on,
      leftOn: m.left_on,
    })),
    subTeams: subTeams.map((team) => {
      const own = subTeamMembers.filter((m) => m.sub_team_id === team.id);
      return {
        id: team.id,
        name: team.name,
        formedOn: team.formed_on,
        endedOn: team.ended_on,
        members: own.map((m) => ({ personId: m.person_id, name: m.name, role: m.role as 'leader' | 'member' })),
        memberCount: own.length,
      };
    }),
    chatGroups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      platform: g.platform,
      creationWay: g.creation_way,
      // an organization's group is never the street's 骨干管理群 (that has no organization)
      layer: g.layer as Registry['chatGroups'][number]['layer'],
      subTeamId: g.sub_team_id,
      staffIn: g.staff_in,
      createdOn: g.created_on,
      closedOn: g.closed_on,
      archived: false,
      counts: counts
        .filter((c) => c.chat_group_id === g.id)
        .map((c) => ({ countedOn: c.counted_on, memberCount: c.member_count })),
    })),
    relations: [
      ...outgoing.map((r) => ({ ...r, direction: 'outgoing' as const })),
      ...incoming.map((r) => ({ ...r, direction: 'incoming' as const })),
    ].map((r) => ({
      id: r.id,
      direction: r.direction,
      kind: r.kind as Registry['relations'][number]['kind'],
      organizationId: r.other_id,
      organizationName: r.other_name,
      isOpenable: openable.has(r.other_id),
      since: r.since,
      until: r.until,
      note: r.note,
    })),
    interviews: interviews.map((i) => ({
      id: i.id,
      interviewedOn: i.interviewed_on,
      interviewer: i.interviewer,
      origin: i.origin,
      development: i.development,
      activities: i.activities,
      difficulties: i.difficulties,
      hopes: i.hopes,
      notes: i.notes,
    })),
  };
  return ok(registry);
}
