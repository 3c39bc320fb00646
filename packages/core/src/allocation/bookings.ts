import { z } from 'zod';
import { idSchema, isoDateSchema } from '../shared/schemas';
import { addDays, shanghaiInstant } from '../shared/time';
import { clockTimeSchema, minutesOf } from './opening-hours';

/**
 * Booking a community space 场地预约 (seed 000: "抢占空间、资源、名分的情况都会出现"; seed 003 §6): who
 * uses which room when, visible to everyone who uses it, so a clash is seen before it happens.
 * Times are Shanghai wall-clock on a calendar day; a weekly repeat books the same slot N weeks
 * running (a dance team practising every Tuesday morning).
 */
export const bookingStatuses = ['requested', 'confirmed', 'declined', 'cancelled'] as const;
export const bookingStatusSchema = z.enum(bookingStatuses);
export type BookingStatus = z.infer<typeof bookingStatusSchema>;

/** A term is about half a year: 26 weekly practices is the longest repeat one booking makes. */
export const maxRepeatWeeks = 26;

const slotFields = {
  /** The first (or only) day, Shanghai calendar. */
  date: isoDateSchema,
  starts: clockTimeSchema,
  ends: clockTimeSchema,
  /** 1 = this day only; N = the same weekday and time for N weeks. */
  repeatWeeks: z.coerce.number().int().min(1).max(maxRepeatWeeks).default(1),
};

const startsBeforeEnds = (slot: { starts: string; ends: string }) => minutesOf(slot.starts) < minutesOf(slot.ends);
const slotOrder = { message: 'starts before ends', path: ['ends'] };

/** GET /api/spaces/{id}/availability: the slot the form has picked so far. */
export const bookingSlotQuerySchema = z.object(slotFields).refine(startsBeforeEnds, slotOrder);
export type BookingSlot = z.infer<typeof bookingSlotQuerySchema>;

/**
 * POST /api/spaces/{id}/bookings: for a team (organizationId) or for a named group that is not a
 * team in Seedbed (居委会, 党支部, 一群球友) — one of the two. Few required fields: who, what for, when.
 */
export const bookingInputSchema = z
  .object({
    ...slotFields,
    organizationId: idSchema.optional(),
    groupName: z.string().trim().min(1).max(60).optional(),
    purpose: z.string().trim().min(1).max(100),
  })
  .refine(startsBeforeEnds, slotOrder)
  .refine((input) => (input.organizationId === undefined) !== (input.groupName === undefined), {
    message: 'a team or a group name, one of the two',
    path: ['organizationId'],
  });
export type BookingInput = z.infer<typeof bookingInputSchema>;

/** POST /api/space-bookings/{id}/decline: a short reason the team reads. */
export const bookingDeclineInputSchema = z.object({ reason: z.string().trim().min(1).max(200) });
export type BookingDeclineInput = z.infer<typeof bookingDeclineInputSchema>;

/** GET /api/spaces/{id}/bookings?from&to: a week (or any range up to a quarter), Shanghai days inclusive. */
export const bookingRangeQuerySchema = z.object({ from: isoDateSchema, to: isoDateSchema });
export type BookingRangeQuery = z.infer<typeof bookingRangeQuerySchema>;

/** One booking as read: teams and groups by name, never a resident's name. */
export const spaceBookingSchema = z.object({
  id: idSchema,
  spaceId: idSchema,
  spaceName: z.string(),
  organizationId: idSchema.nullable(),
  organizationName: z.string().nullable(),
  groupName: z.string().nullable(),
  purpose: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: bookingStatusSchema,
  /** Occurrences of one weekly repeat share it. */
  seriesId: idSchema.nullable(),
  declineReason: z.string().nullable(),
  requestedAt: z.string(),
});
export type SpaceBooking = z.infer<typeof spaceBookingSchema>;

export const bookingListSchema = z.object({ bookings: z.array(spaceBookingSchema) });

/** What the form shows as the user picks times: the bookings in the way, and occurrences outside hours. */
export const availabilitySchema = z.object({
  occurrences: z.array(z.object({ startsAt: z.string(), endsAt: z.string(), withinOpeningHours: z.boolean() })),
  /** Confirmed bookings overlapping an occurrence: a new booking there is refused. */
  clashes: z.array(spaceBookingSchema),
  /** Requests still waiting that overlap: staff will choose between them. */
  pendingClashes: z.array(spaceBookingSchema),
});
export type Availability = z.infer<typeof availabilitySchema>;

export const bookingCreatedSchema = z.object({ bookings: z.array(spaceBookingSchema) });

export interface TimeInterval {
  start: Date;
  end: Date;
}

/** An instant from a Shanghai day and 'HH:MM', where '24:00' is the next day's midnight. */
export function slotInstant(day: string, time: string): Date {
  return time === '24:00' ? shanghaiInstant(addDays(day, 1), '00:00') : shanghaiInstant(day, time);
}

/** A slot expanded to its occurrences: the same weekday and wall-clock time, week after week. */
export function occurrencesOf(slot: Pick<BookingSlot, 'date' | 'starts' | 'ends' | 'repeatWeeks'>): TimeInterval[] {
  return Array.from({ length: slot.repeatWeeks }, (_, week) => {
    const day = addDays(slot.date, week * 7);
    return { start: slotInstant(day, slot.starts), end: slotInstant(day, slot.ends) };
  });
}

/** Half-open [start, end): one ending at 10:00 and the next starting at 10:00 do not clash. */
export function intervalsOverlap(a: TimeInterval, b: TimeInterval): boolean {
  return a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();
}

/** The existing bookings that overlap any of the wanted occurrences, in the order given. */
export function clashesWith<T extends TimeInterval>(wanted: readonly TimeInterval[], existing: readonly T[]): T[] {
  return existing.filter((booking) => wanted.some((occurrence) => intervalsOverlap(occurrence, booking)));
}

/** Bookings that still hold their slot: a declined or cancelled one frees it. */
export function holdsSlot(status: BookingStatus): boolean {
  return status === 'requested' || status === 'confirmed';
}

/** A space as the booking pages show it: no manager's name (the survey's free text may hold one). */
export const bookableSpaceSchema = z.object({
  id: idSchema,
  name: z.string(),
  capacity: z.number().int().nullable(),
  intervals: z.array(z.object({ weekday: z.number().int(), opens: z.string(), closes: z.string() })),
  hoursNote: z.string().nullable(),
});
export type BookableSpace = z.infer<typeof bookableSpaceSchema>;
export const bookableSpaceListSchema = z.object({ spaces: z.array(bookableSpaceSchema) });

/** The residents' page: each space's hours and this week's confirmed bookings, by team or group name. */
export const publicAllocationSchema = z.object({
  communityName: z.string(),
  weekFrom: z.string(),
  weekTo: z.string(),
  spaces: z.array(
    bookableSpaceSchema.extend({
      bookings: z.array(z.object({ who: z.string(), purpose: z.string(), startsAt: z.string(), endsAt: z.string() })),
    }),
  ),
});
export type PublicAllocation = z.infer<typeof publicAllocationSchema>;
