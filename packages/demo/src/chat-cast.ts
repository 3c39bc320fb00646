import type { ActivityDemoData } from './activity-extension';
import type { GroupActivity } from './chat-talk';
import type { BaseDemoData, OrganizationMemberRow } from './rows';

/** Who plays which part in the demo's chat, chosen the same way by the generator, the sample and the tests. */
export function chatCast(base: BaseDemoData) {
  const staff = base.users.find((u) => u.username === 'staff');
  const leaderTeamId = base.users.find((u) => u.username === 'leader')?.scope_id;
  const membersOf = currentMembers(base.organization_members);
  const candidates = base.organizations.filter(
    (o) => o.street_id === staff?.scope_id && o.status === 'active' && o.id !== leaderTeamId,
  );
  const sized = (stage: string, fewest: number) =>
    candidates.find((o) => o.stage === stage && (membersOf.get(o.id) ?? []).length >= fewest);
  const split = sized('small_tree', 12) ?? sized('big_tree', 12);
  const quiet = sized('seed', 5);
  const sample = candidates.find(
    (o) => o.stage === 'sapling' && o.id !== split?.id && (membersOf.get(o.id) ?? []).length >= 10,
  );
  return {
    split,
    quiet,
    sample,
    /** the two ordinary members of the leader's team who drift to the margin */
    drifters: (organizationId: string) =>
      (membersOf.get(organizationId) ?? [])
        .filter((m) => m.role === 'member')
        .slice(1, 3)
        .map((m) => m.person_id),
  };
}

export function currentMembers(rows: readonly OrganizationMemberRow[]) {
  const members = new Map<string, OrganizationMemberRow[]>();
  for (const m of rows)
    if (m.left_on === null) members.set(m.organization_id, [...(members.get(m.organization_id) ?? []), m]);
  return members;
}

export function groupActivities(activities: ActivityDemoData): Map<string, Omit<GroupActivity, 'reporter'>[]> {
  const byId = new Map(activities.activities.map((a) => [a.id, a]));
  const result = new Map<string, Omit<GroupActivity, 'reporter'>[]>();
  for (const link of activities.activity_organizations) {
    const activity = byId.get(link.activity_id);
    if (!activity) continue;
    const startsAt = Date.parse(activity.starts_at);
    result.set(link.organization_id, [
      ...(result.get(link.organization_id) ?? []),
      {
        day: new Date(startsAt + 8 * 3_600_000).toISOString().slice(0, 10),
        startsAt,
        endsAt: Date.parse(activity.ends_at),
        title: activity.title,
      },
    ]);
  }
  return result;
}
