import { type BookingStatus, type SpaceBooking, shanghaiDateTime, type TimeInterval } from '@seedbed/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../tables';

type Reader = Kysely<Database> | Transaction<Database>;

/** A booking with its space's and team's names: what every read of bookings selects. */
export function bookingQuery(db: Reader) {
  return db
    .selectFrom('space_bookings as b')
    .innerJoin('spaces as s', 's.id', 'b.space_id')
    .leftJoin('organizations as o', 'o.id', 'b.organization_id')
    .select([
      'b.id',
      'b.space_id',
      's.name as space_name',
      'b.organization_id',
      'o.name as organization_name',
      'b.group_name',
      'b.purpose',
      'b.starts_at',
      'b.ends_at',
      'b.status',
      'b.series_id',
      'b.decline_reason',
      'b.requested_at',
    ]);
}

export type BookingRow = Awaited<ReturnType<ReturnType<typeof bookingQuery>['executeTakeFirstOrThrow']>>;

const iso = (value: Date | string) => new Date(value).toISOString();

export function bookingOf(row: BookingRow): SpaceBooking {
  return {
    id: row.id,
    spaceId: row.space_id,
    spaceName: row.space_name,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    groupName: row.group_name,
    purpose: row.purpose,
    startsAt: iso(row.starts_at),
    endsAt: iso(row.ends_at),
    status: row.status as BookingStatus,
    seriesId: row.series_id,
    declineReason: row.decline_reason,
    requestedAt: iso(row.requested_at),
  };
}

export const intervalOf = (booking: SpaceBooking): SpaceBooking & TimeInterval => ({
  ...booking,
  start: new Date(booking.startsAt),
  end: new Date(booking.endsAt),
});

/** Bookings of a space still holding a slot that overlap [from, to), earliest first. */
export async function bookingsHoldingSlots(
  db: Reader,
  spaceId: string,
  from: Date,
  to: Date,
): Promise<(SpaceBooking & TimeInterval)[]> {
  const rows = await bookingQuery(db)
    .where('b.space_id', '=', spaceId)
    .where('b.status', 'in', ['requested', 'confirmed'])
    .where('b.starts_at', '<', to)
    .where('b.ends_at', '>', from)
    .orderBy('b.starts_at')
    .execute();
  return rows.map(bookingOf).map(intervalOf);
}

/** A clash named for the 409's message: when, and who holds the room. */
export function clashText(booking: SpaceBooking): string {
  const start = shanghaiDateTime(new Date(booking.startsAt));
  const end = shanghaiDateTime(new Date(booking.endsAt)).slice(11);
  return `${start}–${end} ${booking.organizationName ?? booking.groupName ?? ''}（${booking.purpose}）`;
}
