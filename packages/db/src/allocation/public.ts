import {
  addDays,
  fail,
  type HonourType,
  ok,
  type PublicAllocation,
  type Result,
  shanghaiDayEnd,
  shanghaiDayStart,
  weekdayOf,
} from '@seedbed/core';
import type { PublicContext } from '../context';
import { honoursOfCommunity } from './honours';
import { spacesWithHours } from './spaces';

/**
 * What the residents' page of a community shows without an account (seed 003: opening hours on
 * the door, so nobody needs to know the keyholder): each space with published hours, its hours and this week's confirmed
 * bookings by team or group name — never who booked them — and the honours' rules with the teams
 * honoured. A resident honoured is "a resident" here: Seedbed records no consent to publish a
 * name on an honour, so it never does.
 */
export async function findPublicAllocation(
  call: Pick<PublicContext, 'db' | 'today'>,
  communityId: string,
): Promise<Result<PublicAllocation & { honourTypes: HonourType[] }>> {
  const community = await call.db
    .selectFrom('communities')
    .select(['id', 'name'])
    .where('id', '=', communityId)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  if (!community) return fail('community.unknown');
  const weekFrom = addDays(call.today, 1 - weekdayOf(call.today));
  const weekTo = addDays(weekFrom, 6);
  // Only spaces whose hours are published: a space's name may point at a household ("X家院子"), and
  // a space nobody opens to residents has nothing to say on their page.
  const spaces = (await spacesWithHours(call.db, communityId)).filter((space) => space.intervals.length > 0);
  const bookings =
    spaces.length === 0
      ? []
      : await call.db
          .selectFrom('space_bookings as b')
          .leftJoin('organizations as o', 'o.id', 'b.organization_id')
          .select([
            'b.space_id',
            'o.name as organization_name',
            'b.group_name',
            'b.purpose',
            'b.starts_at',
            'b.ends_at',
          ])
          .where(
            'b.space_id',
            'in',
            spaces.map((s) => s.id),
          )
          .where('b.status', '=', 'confirmed')
          .where('b.starts_at', '<', shanghaiDayEnd(weekTo))
          .where('b.ends_at', '>', shanghaiDayStart(weekFrom))
          .orderBy('b.starts_at')
          .execute();
  const honourTypes = (await honoursOfCommunity(call.db, communityId)).map((type) => ({
    ...type,
    // A resident's award keeps neither name nor reason here: the reason may say who it is.
    awards: type.awards.map((award) =>
      award.personId === null ? award : { ...award, personId: null, personName: null, reason: '' },
    ),
  }));
  return ok({
    communityName: community.name,
    weekFrom,
    weekTo,
    spaces: spaces.map((space) => ({
      ...space,
      bookings: bookings
        .filter((b) => b.space_id === space.id)
        .map((b) => ({
          who: b.organization_name ?? b.group_name ?? '',
          purpose: b.purpose,
          startsAt: new Date(b.starts_at).toISOString(),
          endsAt: new Date(b.ends_at).toISOString(),
        })),
    })),
    honourTypes,
  });
}
