import { z } from 'zod';
import { idSchema, isoDateSchema, longTextSchema } from '../shared/schemas';
import { activityPlaceSchema, beneficiaryGroupSchema, opennessSchema } from './schemas';

/**
 * How a planned activity (预告) repeats: once; every n weeks on the first date's weekday; or the
 * nth weekday of each month ("every first Saturday"; nth -1 = the last). Weekdays 1 = Monday … 7 = Sunday.
 */
export const recurrenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('once') }),
  z.object({ kind: z.literal('weekly'), everyWeeks: z.number().int().min(1).max(4).default(1) }),
  z.object({
    kind: z.literal('monthly_nth_weekday'),
    nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(-1)]),
    weekday: z.number().int().min(1).max(7),
  }),
]);
export type Recurrence = z.infer<typeof recurrenceSchema>;

const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time');

export const plannedActivityInputSchema = z.object({
  organizationId: idSchema,
  title: z.string().trim().min(1).max(100),
  content: longTextSchema.default(''),
  coHosts: z.array(z.string().trim().min(1).max(60)).max(10).default([]),
  place: activityPlaceSchema.optional(),
  beneficiaryGroups: z.array(beneficiaryGroupSchema).max(6).default([]),
  openness: opennessSchema,
  /** The first date; repeating plans take their weekday from it (weekly). */
  startsOn: isoDateSchema,
  /** Last date of a repeating plan; none = until cancelled. */
  untilOn: isoDateSchema.optional(),
  /** Local time in Asia/Shanghai, HH:MM. */
  startTime: clockTimeSchema,
  durationMinutes: z
    .number()
    .int()
    .min(10)
    .max(24 * 60),
  recurrence: recurrenceSchema,
});
export type PlannedActivityInput = z.infer<typeof plannedActivityInputSchema>;

/** One date on which a planned activity takes place, with the record if it was held. */
export const plannedOccurrenceSchema = z.object({
  plannedActivityId: idSchema,
  organizationId: idSchema,
  organizationName: z.string(),
  communityId: idSchema.nullable(),
  title: z.string(),
  on: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  openness: opennessSchema,
  placeText: z.string().nullable(),
  activityId: idSchema.nullable(),
  /**
   * The record was made by a resident's scan of the date's code and the leader has not tapped
   * 举办了 yet: 举办了 is still offered, and completes that record.
   */
  awaitsHeld: z.boolean(),
});
export type PlannedOccurrence = z.infer<typeof plannedOccurrenceSchema>;

export const plannedActivitySchema = z.object({
  id: idSchema,
  organizationId: idSchema,
  title: z.string(),
  startsOn: z.string(),
  untilOn: z.string().nullable(),
  startTime: z.string(),
  durationMinutes: z.number().int(),
  recurrence: recurrenceSchema,
});

/** Planned activities or gaps in a date range, for an organization or a community. */
export const occurrenceQuerySchema = z.object({
  organizationId: idSchema.optional(),
  communityId: idSchema.optional(),
  from: isoDateSchema,
  to: isoDateSchema,
});
export type OccurrenceQuery = z.infer<typeof occurrenceQuerySchema>;

/** "Held": optional changes to the prefilled record; the plan supplies the rest. */
export const recordOccurrenceInputSchema = z.object({
  organizerCount: z.number().int().min(0).max(100_000).default(0),
  servedCount: z.number().int().min(0).max(100_000).default(0),
  reflection: longTextSchema.optional(),
});
export type RecordOccurrenceInput = z.infer<typeof recordOccurrenceInputSchema>;

export const occurrenceParamSchema = z.object({ id: idSchema, date: isoDateSchema });

/**
 * A planned date's sign-in code, QR code and printable sheet, before it is held: the code is
 * reserved the first time someone asks, and becomes the record's code when the first resident
 * signs in or the leader taps 举办了. Once held, the record's code (`activityId` set).
 */
export const occurrenceSignInSchema = z.object({
  plannedActivityId: idSchema,
  on: z.string(),
  code: z.string(),
  /** The absolute link the QR code holds, on the public address residents' phones use. */
  link: z.string(),
  title: z.string(),
  organizationId: idSchema,
  organizationName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  /** The place as words (a space's or estate's name, or the text typed). */
  place: z.string().nullable(),
  /** When residents can first sign in (core plannedSignInOpensAt). */
  signInOpensAt: z.string(),
  activityId: idSchema.nullable(),
});
export type OccurrenceSignIn = z.infer<typeof occurrenceSignInSchema>;
