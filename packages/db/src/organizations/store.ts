import {
  type OrganizationList,
  type OrganizationListQuery,
  type OrganizationRecord,
  type OrganizationSummary,
  type OrganizationUpdateInput,
  ok,
  type Result,
} from '@seedbed/core';
import type { ExpressionBuilder } from 'kysely';
import { updateAudited } from '../audited';
import type { Db } from '../connection';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { visibleCommunities, visibleOrganizations, visiblePeople } from '../scope';
import type { Database } from '../tables';
import { containing } from '../text-search';

type Reader = Pick<StoreContext, 'db' | 'scope'>;

const summaryColumns = [
  'organizations.id',
  'organizations.name',
  'organizations.organization_type',
  'organizations.orientation',
  'organizations.stage',
  'organizations.status',
  'organizations.home_community_id',
  'communities.name as home_community_name',
] as const;

function memberCount(eb: ExpressionBuilder<Database, 'organizations'>) {
  return eb
    .selectFrom('organization_members as m')
    .select((inner) => inner.fn.countAll<number>().as('n'))
    .whereRef('m.organization_id', '=', 'organizations.id')
    .where('m.left_on', 'is', null)
    .as('member_count');
}

type SummaryRow = {
  id: string;
  name: string;
  organization_type: string;
  orientation: string;
  stage: string | null;
  status: string;
  home_community_id: string;
  home_community_name: string;
  member_count: number | string | bigint | null;
};

function toSummary(row: SummaryRow): OrganizationSummary {
  return {
    id: row.id,
    name: row.name,
    organizationType: row.organization_type as OrganizationSummary['organizationType'],
    orientation: row.orientation as OrganizationSummary['orientation'],
    stage: row.stage as OrganizationSummary['stage'],
    status: row.status as OrganizationSummary['status'],
    homeCommunityId: row.home_community_id,
    homeCommunityName: row.home_community_name,
    memberCount: Number(row.member_count ?? 0),
  };
}

/**
 * Organizations the caller may see, by name; with a community, those at home or serving there;
 * with `q`, those whose name holds it; with `limit`, one page of them (`total` counts every match).
 */
export async function listOrganizations(
  { db, scope }: Reader,
  filter: Partial<Pick<OrganizationListQuery, 'communityId' | 'streetId' | 'q' | 'limit' | 'offset'>>,
): Promise<OrganizationList> {
  let query = db
    .selectFrom('organizations')
    .innerJoin('communities', 'communities.id', 'organizations.home_community_id')
    .where(visibleOrganizations(scope));
  if (filter.communityId) {
    const communityId = filter.communityId;
    query = query.where((eb) =>
      eb.or([
        eb('organizations.home_community_id', '=', communityId),
        eb.exists(
          eb
            .selectFrom('organization_service_areas as sa')
            .select('sa.organization_id')
            .whereRef('sa.organization_id', '=', 'organizations.id')
            .where('sa.community_id', '=', communityId)
            .where('sa.until', 'is', null),
        ),
      ]),
    );
  }
  if (filter.streetId) query = query.where('organizations.street_id', '=', filter.streetId);
  if (filter.q) query = query.where('organizations.name', 'like', containing(filter.q));
  let page = query.select(summaryColumns).select(memberCount).orderBy('organizations.name').orderBy('organizations.id');
  if (filter.limit !== undefined) page = page.limit(filter.limit).offset(filter.offset ?? 0);
  const [rows, count] = await Promise.all([
    page.execute(),
    query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toSummary), total: Number(count.n) };
}

/** One organization the caller may see, with the communities it serves (403 out of scope, 404 unknown). */
export async function findOrganization({ db, scope }: Reader, id: string) {
  const visible = await findInScope({ db, scope }, 'organizations', id);
  if (!visible.ok) return visible;
  const row = await db
    .selectFrom('organizations')
    .innerJoin('communities', 'communities.id', 'organizations.home_community_id')
    .select(summaryColumns)
    .select(memberCount)
    .select([
      'organizations.street_id',
      'organizations.description',
      'organizations.meeting_place',
      'organizations.founded_on',
      'organizations.filing_status',
      'organizations.status_reason',
      'organizations.accountable_adult_person_id',
    ])
    .where('organizations.id', '=', id)
    .executeTakeFirstOrThrow();
  const servedCommunities = await db
    .selectFrom('organization_service_areas as sa')
    .innerJoin('communities', 'communities.id', 'sa.community_id')
    .innerJoin('streets', 'streets.id', 'communities.street_id')
    .select(['communities.id', 'communities.name', 'streets.name as streetName'])
    .where('sa.organization_id', '=', id)
    .where('sa.until', 'is', null)
    .orderBy('communities.name')
    .execute();
  // A community page the caller cannot open is named, not linked (issue 15: no dead ends) — a
  // served community in another street, or the home community for an official of a served one.
  const openable = new Set(
    (
      await db
        .selectFrom('communities')
        .select('communities.id')
        .where('communities.id', 'in', [row.home_community_id, ...servedCommunities.map((c) => c.id)])
        .where(visibleCommunities(scope))
        .execute()
    ).map((c) => c.id),
  );
  return ok({
    ...toSummary(row),
    streetId: row.street_id,
    description: row.description,
    meetingPlace: row.meeting_place,
    foundedOn: row.founded_on,
    filingStatus: row.filing_status as 'none' | 'filed' | 'registered',
    statusReason: row.status_reason,
    accountableAdult: row.accountable_adult_person_id
      ? await db
          .selectFrom('people')
          .select(['id as personId', 'name'])
          .where('id', '=', row.accountable_adult_person_id)
          .executeTakeFirstOrThrow()
      : null,
    homeCommunityOpenable: openable.has(row.home_community_id),
    servedCommunities: servedCommunities.map((c) => ({ ...c, isOpenable: openable.has(c.id) })),
  });
}

/**
 * Everything its page shows of one organization, current members with their phones included and
 * whether each is a person the caller's scope reaches (scope.ts visiblePeople); core's
 * `organizationDetailAsSeenBy` decides what a role sees of it.
 */
export async function readOrganization(call: Reader, id: string): Promise<Result<OrganizationRecord>> {
  const found = await findOrganization(call, id);
  if (!found.ok) return found;
  const members = await listCurrentMembers(call.db, id);
  const inScope =
    members.length === 0
      ? new Set<string>()
      : new Set(
          (
            await call.db
              .selectFrom('people')
              .select('people.id')
              .where(
                'people.id',
                'in',
                members.map((m) => m.personId),
              )
              .where(visiblePeople(call.scope))
              .execute()
          ).map((row) => row.id),
        );
  return ok({
    ...found.value,
    members: members.map((m) => ({
      ...m,
      role: m.role as OrganizationRecord['members'][number]['role'],
      isInCallersScope: inScope.has(m.personId),
    })),
  });
}

async function listCurrentMembers(db: Db, organizationId: string) {
  return db
    .selectFrom('organization_members as m')
    .innerJoin('people', 'people.id', 'm.person_id')
    .select(['people.id as personId', 'people.name', 'people.phone', 'm.role', 'm.joined_on as joinedOn'])
    .where('m.organization_id', '=', organizationId)
    .where('m.left_on', 'is', null)
    .orderBy((eb) =>
      eb
        .case()
        .when('m.role', '=', 'leader')
        .then(0)
        .when('m.role', '=', 'deputy')
        .then(1)
        .when('m.role', '=', 'member')
        .then(3)
        .else(2)
        .end(),
    )
    .orderBy('people.name')
    .execute();
}

/** A change of name, description or meeting place. */
export function updateOrganization(
  call: StoreContext,
  id: string,
  patch: OrganizationUpdateInput,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'organizations', id, { forUpdate: true });
    if (!found.ok) return found;
    const changes = {
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.description !== undefined && { description: patch.description }),
      ...(patch.meetingPlace !== undefined && { meeting_place: patch.meetingPlace }),
      updated_at: tx.actor.now,
    };
    await updateAudited(tx, 'organizations', id, changes, { action: 'organization.update' });
    return ok({ id });
  });
}
