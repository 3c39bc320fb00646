import { z } from 'zod';
import { idSchema, isoDateSchema, nameSchema, phoneSchema } from '../shared/schemas';

/**
 * How an hours record is known to be true (民政部令第67号: records true, accurate, complete, timely):
 * - `sign_in_out`: proven — the volunteer signed in and out on the public page (server clock);
 * - `staff_observed`: proven — a staff member who logged a tracking visit at the activity says so;
 * - `entered_afterwards`: a leader or staff entered it later, with who and why; it counts toward a
 *   certificate only once staff have confirmed it.
 */
export const hoursBasisSchema = z.enum(['sign_in_out', 'staff_observed', 'entered_afterwards']);
export type HoursBasis = z.infer<typeof hoursBasisSchema>;

/** Longest service one record may hold: one day. */
export const maxRecordMinutes = 24 * 60;
const minutesSchema = z.number().int().min(1).max(maxRecordMinutes);
const serviceRoleSchema = z.string().trim().max(40);
const reasonSchema = z.string().trim().min(1).max(500);

/** Hours entered after the fact by the organization's leader or staff (补录). The reason is required. */
export const volunteerHoursInputSchema = z.object({
  personId: idSchema,
  minutes: minutesSchema,
  /** What they did ("音响搬运", "带队领舞"); printed on the certificate. */
  serviceRole: serviceRoleSchema.default(''),
  reason: reasonSchema,
  /** The recorder when the activity had several organizers; defaults to the caller's own or the first. */
  organizationId: idSchema.optional(),
  /** Staff who logged a tracking visit at this activity saw the service themselves: proven, no confirmation. */
  observedByStaff: z.boolean().default(false),
});
export type VolunteerHoursInput = z.infer<typeof volunteerHoursInputSchema>;

/** A correction is a new version with its reason; the old one stays, marked superseded. */
export const volunteerHoursCorrectionSchema = z.object({
  minutes: minutesSchema,
  serviceRole: serviceRoleSchema.optional(),
  reason: reasonSchema,
});
export type VolunteerHoursCorrection = z.infer<typeof volunteerHoursCorrectionSchema>;

/** Link a sign-in/sign-out that matched no one to a person record, or make one (consent was given on the page). */
export const volunteerHoursLinkSchema = z.union([
  z.object({ personId: idSchema }),
  z.object({ createPerson: z.literal(true) }),
]);
export type VolunteerHoursLink = z.infer<typeof volunteerHoursLinkSchema>;

export const volunteerHoursRecordSchema = z.object({
  id: idSchema,
  activityId: idSchema,
  activityTitle: z.string(),
  /** The day of the activity, YYYY-MM-DD in Asia/Shanghai. */
  activityDate: z.string(),
  organizationId: idSchema,
  organizationName: z.string(),
  personId: idSchema.nullable(),
  volunteerName: z.string(),
  serviceRole: z.string(),
  minutes: z.number().int(),
  basis: hoursBasisSchema,
  /** Proven (sign-in/out or staff observation) — never true for hours entered afterwards. */
  isProven: z.boolean(),
  isConfirmed: z.boolean(),
  /** Proven, or entered afterwards and confirmed by staff: what a certificate may count. */
  countsTowardCertificate: z.boolean(),
  reason: z.string().nullable(),
  enteredBy: z.string().nullable(),
  enteredAt: z.string(),
  confirmedBy: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  signedInAt: z.string().nullable(),
  signedOutAt: z.string().nullable(),
  /** The version this one corrected, if any. */
  supersedesId: idSchema.nullable(),
});
export type VolunteerHoursRecord = z.infer<typeof volunteerHoursRecordSchema>;

/** Minutes kept apart by how they are known; `total` is the sum of the three bases. */
export const hoursTotalsSchema = z.object({
  signInOut: z.number().int(),
  staffObserved: z.number().int(),
  proven: z.number().int(),
  enteredConfirmed: z.number().int(),
  enteredUnconfirmed: z.number().int(),
  total: z.number().int(),
  /** proven + enteredConfirmed. */
  certifiable: z.number().int(),
  records: z.number().int(),
});
export type HoursTotals = z.infer<typeof hoursTotalsSchema>;

export const volunteerCertificateSummarySchema = z.object({
  id: idSchema,
  number: z.string(),
  organizationId: idSchema,
  organizationName: z.string(),
  personId: idSchema,
  personName: z.string(),
  totalMinutes: z.number().int(),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  issuedOn: z.string(),
  /** GET it to print: /api/volunteer-certificates/{id}.pdf */
  pdfUrl: z.string(),
  /** The same certificate as a PNG, to long-press and save on a phone: /api/volunteer-certificates/{id}.png */
  imageUrl: z.string(),
});
export type VolunteerCertificateSummary = z.infer<typeof volunteerCertificateSummarySchema>;

export const personVolunteerHoursSchema = z.object({
  personId: idSchema.nullable(),
  personName: z.string().nullable(),
  totals: hoursTotalsSchema,
  items: z.array(volunteerHoursRecordSchema),
  certificates: z.array(volunteerCertificateSummarySchema),
  /** Organizations whose records the caller may certify for this person. */
  certifiableOrganizations: z.array(z.object({ id: idSchema, name: z.string(), certifiableMinutes: z.number().int() })),
});
export type PersonVolunteerHours = z.infer<typeof personVolunteerHoursSchema>;

/** A public sign-in that matched no person record yet (names only; phones stay in the table). */
export const unmatchedVolunteerSchema = z.object({
  id: idSchema,
  name: z.string(),
  signedInAt: z.string(),
  signedOutAt: z.string().nullable(),
});

export const activityVolunteerHoursSchema = z.object({
  activityId: idSchema,
  signInCode: z.string(),
  totals: hoursTotalsSchema,
  items: z.array(volunteerHoursRecordSchema),
  /** Signed in on /v/{code}, not yet signed out. */
  onDuty: z.array(unmatchedVolunteerSchema),
});
export type ActivityVolunteerHours = z.infer<typeof activityVolunteerHoursSchema>;

/** One volunteer's hours for an organization (rules.ts volunteersOf). */
export const volunteerSummarySchema = z.object({
  /** Null for a sign-in not yet linked to a person record (kept apart by name). */
  personId: idSchema.nullable(),
  name: z.string(),
  totalMinutes: z.number().int(),
  /** Proven, or entered afterwards and confirmed. */
  certifiableMinutes: z.number().int(),
  /** The day of their latest service, YYYY-MM-DD. */
  lastServedOn: z.string(),
});
export type VolunteerSummary = z.infer<typeof volunteerSummarySchema>;

export const organizationVolunteerHoursSchema = z.object({
  organizationId: idSchema,
  totals: hoursTotalsSchema,
  volunteers: z.number().int(),
  /** Per volunteer, most minutes first. */
  people: z.array(volunteerSummarySchema),
  /** The calendar year (Asia/Shanghai) of certificatesThisYear. */
  year: z.number().int(),
  /** Certificates this organization issued this year (谁记录谁证明). */
  certificatesThisYear: z.number().int(),
  items: z.array(volunteerHoursRecordSchema),
});
export type OrganizationVolunteerHours = z.infer<typeof organizationVolunteerHoursSchema>;

export const volunteerHoursListQuerySchema = z.object({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});

export const volunteerCertificateInputSchema = z.object({
  organizationId: idSchema,
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
export type VolunteerCertificateInput = z.infer<typeof volunteerCertificateInputSchema>;

// Public volunteer sign-in / sign-out (/v/{code}).

export const volunteerPageSchema = z.object({
  title: z.string(),
  organizations: z.array(z.string()),
  startsAt: z.string(),
  endsAt: z.string(),
  isOpen: z.boolean(),
});

export const volunteerSignInInputSchema = z.object({
  name: nameSchema,
  phone: phoneSchema,
  /**
   * The volunteer agrees, after the notice on the page, that name, phone and times are kept as their
   * service record. Checked by checkVolunteerSignIn (volunteering.consent_required).
   */
  consent: z.boolean(),
  /** Under 18: not registered here (see volunteering.child_not_volunteer). */
  isChild: z.boolean().default(false),
});
export type VolunteerSignInInput = z.infer<typeof volunteerSignInInputSchema>;

/**
 * The sign-out key: a random token the sign-in answered and the volunteer's phone keeps. A phone
 * number is no key — anyone at the activity may know it — so sign-out takes only this token; a
 * volunteer who lost it is signed out by the leader or staff (POST /api/volunteer-attendances/{id}/sign-out).
 */
export const signOutTokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{32}$/)
  .describe('the signOutToken the sign-in answered');

/**
 * The answer to a volunteer's sign-in, the same whether this phone had signed in before or not: the
 * name just typed and a sign-out token. Only a first sign-in's token opens the sign-out; a repeat's
 * opens nothing (else knowing someone's phone would let anyone sign them out), and the page keeps the
 * first token it was given.
 */
export const volunteerSignInResultSchema = z.object({
  /** The name as submitted (never a stored one). */
  name: z.string(),
  signOutToken: signOutTokenSchema,
});

export const volunteerSignOutInputSchema = z.object({ signOutToken: signOutTokenSchema });

/** What the holder of the sign-out token (or the leader or staff who signed them out) is told. */
export const volunteerSignOutResultSchema = z.object({
  id: idSchema,
  name: z.string(),
  signedInAt: z.string(),
  signedOutAt: z.string(),
  /** Service minutes (capped to the activity's span and margin). */
  minutes: z.number().int(),
  /** False when this attendance had already been signed out: the first sign-out stands. */
  isNew: z.boolean(),
});
export type VolunteerSignOutResult = z.infer<typeof volunteerSignOutResultSchema>;
