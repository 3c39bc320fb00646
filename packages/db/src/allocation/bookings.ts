import {
  type Availability,
  type BookingDeclineInput,
  type BookingInput,
  type BookingRangeQuery,
  type BookingSlot,
  clashesWith,
  daysBetween,
  fail,
  isWithinOpeningHours,
  occurrencesOf,
  ok,
  type Result,
  type SpaceBooking,
  shanghaiDateTime,
  shanghaiDayEnd,
  shanghaiDayStart,
} from '@seedbed/core';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { bookingOf, bookingQuery, bookingsHoldingSlots, clashText } from './booking-rows';
import { intervalsOfSpace } from './opening-hours';

/**
 * Space bookings (issue 18; seed 000 "抢占空间"). A confirmed booking holds its slot; a new booking
 * or a confirmation that overlaps one is refused with the clash named, and nothing is written.
 * Every write locks the space row first and checks inside the same transaction, so two requests
 * for the same slot at the same moment run one after the other and the second sees the first.
 */

type Lookup = Pick<StoreContext, 'db' | 'scope'>;

/** The slot's occurrences, which lie outside the hours, and the bookings in their way. */
async function slotFacts(call: Lookup | TxContext, spaceId: string, slot: BookingSlot) {
  const occurrences = occurrencesOf(slot);
  const { intervals } = await intervalsOfSpace(call.db, spaceId);
  const inWay = clashesWith(
    occurrences,
    await bookingsHoldingSlots(call.db, spaceId, occurrences[0]!.start, occurrences.at(-1)!.end),
  );
  return {
    occurrences: occurrences.map((o) => ({
      ...o,
      withinOpeningHours: isWithinOpeningHours(intervals, o.start, o.end),
    })),
    clashes: inWay.filter((b) => b.status === 'confirmed'),
    pending: inWay.filter((b) => b.status === 'requested'),
  };
}

const plain = ({ start: _s, end: _e, ...booking }: SpaceBooking & { start?: Date; end?: Date }): SpaceBooking =>
  booking;

/** GET …/availability: what the form shows while the user picks a time. Writes nothing. */
export async function checkAvailability(
  call: Lookup,
  spaceId: string,
  slot: BookingSlot,
): Promise<Result<Availability>> {
  const space = await findInScope(call, 'spaces', spaceId);
  if (!space.ok) return space;
  const facts = await slotFacts(call, spaceId, slot);
  return ok({
    occurrences: facts.occurrences.map((o) => ({
      startsAt: o.start.toISOString(),
      endsAt: o.end.toISOString(),
      withinOpeningHours: o.withinOpeningHours,
    })),
    clashes: facts.clashes.map(plain),
    pendingClashes: facts.pending.map(plain),
  });
}

/**
 * Books a slot (and its weekly repeat): confirmed at once when the space's managers book
 * (`confirmNow`), a request otherwise. A leader books for their own team only.
 */
export function createBookings(
  call: StoreContext,
  spaceId: string,
  input: BookingInput,
  options: { confirmNow: boolean },
): Promise<Result<{ bookings: SpaceBooking[] }>> {
  return inTransaction(call, async (tx) => {
    const space = await findInScope(tx, 'spaces', spaceId, { forUpdate: true });
    if (!space.ok) return space;
    if (input.organizationId) {
      const organization = await findInScope(tx, 'organizations', input.organizationId);
      if (!organization.ok) return organization;
    } else if (tx.scope.kind === 'organization') return fail('allocation.booking_not_yours');
    const facts = await slotFacts(tx, spaceId, input);
    if (facts.occurrences[0]!.start.getTime() < tx.actor.now.getTime()) return fail('allocation.booking_in_past');
    const outside = facts.occurrences.find((o) => !o.withinOpeningHours);
    if (outside) return fail('allocation.outside_opening_hours', { when: shanghaiDateTime(outside.start) });
    if (facts.clashes[0]) return fail('allocation.booking_clash', { clash: clashText(facts.clashes[0]) });
    const seriesId = input.repeatWeeks > 1 ? tx.newId() : null;
    const ids: string[] = [];
    for (const occurrence of facts.occurrences) {
      const row = await insertAudited(
        tx,
        'space_bookings',
        {
          id: tx.newId(),
          street_id: space.value.street_id,
          community_id: space.value.community_id,
          space_id: spaceId,
          organization_id: input.organizationId ?? null,
          group_name: input.organizationId ? null : (input.groupName ?? null),
          purpose: input.purpose,
          starts_at: occurrence.start,
          ends_at: occurrence.end,
          series_id: seriesId,
          status: options.confirmNow ? 'confirmed' : 'requested',
          decline_reason: null,
          requested_by: tx.actor.userId,
          requested_at: tx.actor.now,
          decided_by: options.confirmNow ? tx.actor.userId : null,
          decided_at: options.confirmNow ? tx.actor.now : null,
        },
        { action: options.confirmNow ? 'allocation.booking.create_confirmed' : 'allocation.booking.request' },
      );
      ids.push(row.id);
    }
    const rows = await bookingQuery(tx.db).where('b.id', 'in', ids).orderBy('b.starts_at').execute();
    return ok({ bookings: rows.map(bookingOf) });
  });
}

/** A booking in scope, locked after its space (the one lock order every booking write keeps). */
async function lockBooking(tx: TxContext, bookingId: string) {
  const found = await findInScope(tx, 'space_bookings', bookingId);
  if (!found.ok) return found;
  const space = await findInScope(tx, 'spaces', found.value.space_id, { forUpdate: true, includeGone: true });
  if (!space.ok) return space;
  return findInScope(tx, 'space_bookings', bookingId, { forUpdate: true });
}

async function bookingById(tx: TxContext, id: string): Promise<Result<SpaceBooking>> {
  return ok(bookingOf(await bookingQuery(tx.db).where('b.id', '=', id).executeTakeFirstOrThrow()));
}

/** Confirms a request, unless a confirmed booking took an overlapping slot meanwhile (409, unchanged). */
export function confirmBooking(call: StoreContext, bookingId: string): Promise<Result<SpaceBooking>> {
  return inTransaction(call, async (tx) => {
    const booking = await lockBooking(tx, bookingId);
    if (!booking.ok) return booking;
    if (booking.value.status !== 'requested')
      return fail('allocation.booking_not_waiting', { status: booking.value.status });
    const slot = { start: new Date(booking.value.starts_at), end: new Date(booking.value.ends_at) };
    const inWay = clashesWith(
      [slot],
      await bookingsHoldingSlots(tx.db, booking.value.space_id, slot.start, slot.end),
    ).filter((b) => b.status === 'confirmed');
    if (inWay[0]) return fail('allocation.booking_clash', { clash: clashText(inWay[0]) });
    await updateAudited(
      tx,
      'space_bookings',
      bookingId,
      { status: 'confirmed', decided_by: tx.actor.userId, decided_at: tx.actor.now },
      { action: 'allocation.booking.confirm' },
    );
    return bookingById(tx, bookingId);
  });
}

export function declineBooking(
  call: StoreContext,
  bookingId: string,
  input: BookingDeclineInput,
): Promise<Result<SpaceBooking>> {
  return inTransaction(call, async (tx) => {
    const booking = await lockBooking(tx, bookingId);
    if (!booking.ok) return booking;
    if (booking.value.status !== 'requested')
      return fail('allocation.booking_not_waiting', { status: booking.value.status });
    await updateAudited(
      tx,
      'space_bookings',
      bookingId,
      { status: 'declined', decline_reason: input.reason, decided_by: tx.actor.userId, decided_at: tx.actor.now },
      { action: 'allocation.booking.decline' },
    );
    return bookingById(tx, bookingId);
  });
}

/** Cancels a request or a confirmed booking: the managers any, a leader their own team's. */
export function cancelBooking(call: StoreContext, bookingId: string): Promise<Result<SpaceBooking>> {
  return inTransaction(call, async (tx) => {
    const booking = await lockBooking(tx, bookingId);
    if (!booking.ok) return booking;
    if (tx.scope.kind === 'organization' && booking.value.organization_id !== tx.scope.organizationId)
      return fail('allocation.booking_not_yours');
    if (booking.value.status !== 'requested' && booking.value.status !== 'confirmed')
      return fail('allocation.booking_not_active');
    await updateAudited(
      tx,
      'space_bookings',
      bookingId,
      { status: 'cancelled', decided_by: tx.actor.userId, decided_at: tx.actor.now },
      { action: 'allocation.booking.cancel' },
    );
    return bookingById(tx, bookingId);
  });
}

/** A space's bookings between two Shanghai days (inclusive, at most 92 days), every status, by time. */
export async function listSpaceBookings(
  call: Lookup,
  spaceId: string,
  range: BookingRangeQuery,
): Promise<Result<{ bookings: SpaceBooking[] }>> {
  const days = daysBetween(range.from, range.to);
  if (days < 0 || days > 91) return fail('allocation.range_too_long');
  const space = await findInScope(call, 'spaces', spaceId, { includeGone: true });
  if (!space.ok) return space;
  const rows = await bookingQuery(call.db)
    .where('b.space_id', '=', spaceId)
    .where('b.starts_at', '<', shanghaiDayEnd(range.to))
    .where('b.ends_at', '>', shanghaiDayStart(range.from))
    .orderBy('b.starts_at')
    .orderBy('b.id')
    .execute();
  return ok({ bookings: rows.map(bookingOf) });
}
