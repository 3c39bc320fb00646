import { defaultGrantDirections, fail, type GrantRoundInput, ok, type Result } from '@seedbed/core';
import { recordAudit } from '../audit';
import type { TxContext } from '../context';
import { findAllInScope, findInScope } from '../find-in-scope';
import { isListEmpty, storeDefaultDirections } from './directions';

type Targets = Pick<GrantRoundInput, 'streetId' | 'directionIds' | 'targetCommunityIds' | 'targetEstateIds'>;

/**
 * Every id a round names, checked before its first write: the street in the caller's scope, live
 * directions, communities of that street, estates of those communities (so a community's
 * official who sees the community sees the round that targets its estates).
 */
export async function checkRoundTargets(tx: TxContext, targets: Targets): Promise<Result<null>> {
  const street = await findInScope(tx, 'streets', targets.streetId);
  if (!street.ok) return street;
  if (await isListEmpty(tx)) {
    // Core's defaults, not stored yet: writeRoundTargets stores them with the round.
    const defaults = new Set(defaultGrantDirections.map((direction) => direction.id));
    if (targets.directionIds.some((id) => !defaults.has(id))) return fail('grants.direction_unknown');
  } else {
    const directions = await findAllInScope(tx, 'grant_directions', targets.directionIds);
    if (!directions.ok) return directions;
    if (directions.value.some((direction) => direction.archived_at !== null)) return fail('grants.direction_unknown');
  }
  const communities = await findAllInScope(tx, 'communities', targets.targetCommunityIds);
  if (!communities.ok) return communities;
  if (communities.value.some((community) => community.street_id !== targets.streetId))
    return fail('grants.target_outside_street');
  const estates = await findAllInScope(tx, 'estates', targets.targetEstateIds);
  if (!estates.ok) return estates;
  const communityIds = new Set(targets.targetCommunityIds);
  if (estates.value.some((estate) => !communityIds.has(estate.community_id)))
    return fail('grants.target_outside_street');
  return ok(null);
}

/** Replaces the round's directions, communities and estates, and writes what they became to the audit trail. */
export async function writeRoundTargets(tx: TxContext, roundId: string, targets: Targets): Promise<void> {
  const { db, actor } = tx;
  const street_id = targets.streetId;
  await storeDefaultDirections(tx);
  await db.deleteFrom('grant_round_directions').where('round_id', '=', roundId).execute();
  await db.deleteFrom('grant_round_communities').where('round_id', '=', roundId).execute();
  await db.deleteFrom('grant_round_estates').where('round_id', '=', roundId).execute();
  const directionIds = [...new Set(targets.directionIds)];
  const communityIds = [...new Set(targets.targetCommunityIds)];
  const estateIds = [...new Set(targets.targetEstateIds)];
  await db
    .insertInto('grant_round_directions')
    .values(directionIds.map((direction_id, position) => ({ round_id: roundId, direction_id, street_id, position })))
    .execute();
  await db
    .insertInto('grant_round_communities')
    .values(communityIds.map((community_id) => ({ round_id: roundId, community_id, street_id })))
    .execute();
  if (estateIds.length > 0)
    await db
      .insertInto('grant_round_estates')
      .values(estateIds.map((estate_id) => ({ round_id: roundId, estate_id, street_id })))
      .execute();
  await recordAudit(db, actor, {
    action: 'grants.round.targets',
    tableName: 'grant_rounds',
    recordId: roundId,
    streetId: street_id,
    after: { directionIds, communityIds, estateIds },
  });
}
