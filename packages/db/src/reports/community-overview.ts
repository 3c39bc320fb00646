import { type CommunityOverview, ok, type Result } from '@seedbed/core';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { readStageModel } from '../settings';
import { countOrganizations, countResidents } from './street-overview';

type Reader = Pick<StoreContext, 'db' | 'scope'>;

/**
 * One community's dashboard: the street overview's figures for this community only. The scope
 * check comes first and every count is filtered by this community's id, so a residents'
 * committee sees its own figures and never another community's rows (403 out of scope, 404
 * unknown). The committee's attitude is not read at all.
 */
export async function readCommunityOverview(call: Reader, communityId: string): Promise<Result<CommunityOverview>> {
  const found = await findInScope(call, 'communities', communityId, { includeGone: true });
  if (!found.ok) return found;
  const community = found.value;
  const stageModel = await readStageModel(call.db);
  const [street, estates, serving, counts, residentCount] = await Promise.all([
    call.db.selectFrom('streets').select('name').where('id', '=', community.street_id).executeTakeFirstOrThrow(),
    call.db
      .selectFrom('estates')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('community_id', '=', communityId)
      .where('archived_at', 'is', null)
      .executeTakeFirstOrThrow(),
    call.db
      .selectFrom('organization_service_areas as sa')
      .innerJoin('organizations as o', 'o.id', 'sa.organization_id')
      .select((eb) => eb.fn.count<string>('sa.organization_id').distinct().as('n'))
      .where('sa.community_id', '=', communityId)
      .where('sa.until', 'is', null)
      .where('o.home_community_id', '!=', communityId)
      .where('o.status', '!=', 'dissolved')
      .executeTakeFirstOrThrow(),
    countOrganizations(call, stageModel, { home_community_id: communityId }),
    countResidents(call, { community_id: communityId }),
  ]);
  return ok({
    community: {
      id: community.id,
      name: community.name,
      streetId: community.street_id,
      streetName: street.name,
      residentPopulation: community.resident_population,
      households: community.households,
      estateCount: Number(estates.n),
    },
    stageModel,
    ...counts,
    servingCount: Number(serving.n),
    residentCount,
  });
}
