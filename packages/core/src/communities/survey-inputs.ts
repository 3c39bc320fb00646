import { z } from 'zod';
import { idSchema, isoDateSchema, longTextSchema, nameSchema, phoneSchema, shortTextSchema } from '../shared/schemas';
import { committeeAttitudeSchema, estateTypeSchema } from './schemas';
import {
  engagementKindSchema,
  eventSourceSchema,
  needCategorySchema,
  needProviderSchema,
  needRealitySchema,
  needSourceSchema,
  needStatusSchema,
  ownersCommitteeStatusSchema,
  participationLevelSchema,
  resourceCategorySchema,
  resourcePersistenceSchema,
  spaceOwnerSchema,
  stakeholderKindSchema,
  usageFrequencySchema,
} from './survey-types';

/**
 * What staff send when they fill in the survey. Forms stay short (domain: "do not proceduralise"):
 * apart from a name and the one or two choices that make a record meaningful, every field is optional.
 */

const count = z.number().int().min(0).max(10_000_000);
const optionalText = shortTextSchema.nullable().optional();
const optionalLongText = longTextSchema.nullable().optional();
const optionalId = idSchema.nullable().optional();
const nonEmpty = (value: object) => Object.keys(value).length > 0;

/** A mobile number, or a landline with its area code (a school's office, a property company's desk). */
export const contactPhoneSchema = z.union([
  phoneSchema,
  z
    .string()
    .trim()
    .regex(/^0\d{2,3}-?\d{7,8}$/, 'phone'),
]);

export const communityProfileInputSchema = z
  .object({
    households: count.nullable(),
    residentPopulation: count.nullable(),
    localPopulation: count.nullable(),
    migrantPopulation: count.nullable(),
    childrenPopulation: count.nullable(),
    workingAgePopulation: count.nullable(),
    elderlyPopulation: count.nullable(),
    profileNotes: longTextSchema.nullable(),
  })
  .partial()
  .strict()
  .refine(nonEmpty, { message: 'empty' });
export type CommunityProfileInput = z.infer<typeof communityProfileInputSchema>;

export const communityEventInputSchema = z.object({
  happenedOn: isoDateSchema,
  title: z.string().trim().min(1).max(200),
  description: optionalLongText,
  source: eventSourceSchema,
});
export type CommunityEventInput = z.infer<typeof communityEventInputSchema>;

const estateFields = {
  name: nameSchema,
  estateType: estateTypeSchema,
  buildYear: z.number().int().min(1800).max(2200).nullable().optional(),
  households: count.nullable().optional(),
  propertyCompany: optionalText,
  ownersCommittee: optionalText,
  ownersCommitteeStatus: ownersCommitteeStatusSchema.nullable().optional(),
  notes: optionalLongText,
};
export const estateInputSchema = z.object(estateFields).strict();
export type EstateInput = z.infer<typeof estateInputSchema>;
export const estateUpdateInputSchema = z.object(estateFields).partial().strict().refine(nonEmpty, { message: 'empty' });
export type EstateUpdateInput = z.infer<typeof estateUpdateInputSchema>;

export const courtyardInputSchema = z.object({ name: nameSchema }).strict();

const stakeholderFields = {
  kind: stakeholderKindSchema,
  name: nameSchema,
  estateId: optionalId,
  /** An existing group that is also an organization in Seedbed. */
  organizationId: optionalId,
  contactName: z.string().trim().max(60).nullable().optional(),
  contactPhone: contactPhoneSchema.nullable().optional(),
  relationshipNotes: optionalLongText,
};
export const stakeholderInputSchema = z
  .object({ ...stakeholderFields, attitude: committeeAttitudeSchema.optional(), attitudeOn: isoDateSchema.optional() })
  .strict();
export type StakeholderInput = z.infer<typeof stakeholderInputSchema>;
export const stakeholderUpdateInputSchema = z
  .object(stakeholderFields)
  .partial()
  .strict()
  .refine(nonEmpty, { message: 'empty' });
export type StakeholderUpdateInput = z.infer<typeof stakeholderUpdateInputSchema>;

export const attitudeInputSchema = z
  .object({ attitude: committeeAttitudeSchema, observedOn: isoDateSchema, note: optionalText })
  .strict();
export type AttitudeInput = z.infer<typeof attitudeInputSchema>;

export const engagementInputSchema = z
  .object({
    happenedOn: isoDateSchema,
    kind: engagementKindSchema,
    participationLevel: participationLevelSchema,
    summary: z.string().trim().min(1).max(500),
    /** Who made the contact; the recording staff member when left out. */
    madeBy: z.string().trim().min(1).max(100).optional(),
  })
  .strict();
export type EngagementInput = z.infer<typeof engagementInputSchema>;

const needFields = {
  category: needCategorySchema.nullable().optional(),
  description: z.string().trim().max(500).nullable().optional(),
  raisedBy: z.string().trim().max(100).nullable().optional(),
  raisedByPersonId: optionalId,
  source: needSourceSchema,
  reality: needRealitySchema.default('surface'),
  provider: needProviderSchema.nullable().optional(),
  status: needStatusSchema.default('open'),
  recordedOn: isoDateSchema,
  estateId: optionalId,
  courtyardId: optionalId,
  /** Organizations (or later, proposals) that answer the need. */
  organizationIds: z.array(idSchema).max(20).optional(),
};
export const needInputSchema = z.object(needFields).strict();
export type NeedInput = z.infer<typeof needInputSchema>;
export const needUpdateInputSchema = z
  .object({
    ...needFields,
    reality: needRealitySchema,
    status: needStatusSchema,
  })
  .partial()
  .strict()
  .refine(nonEmpty, { message: 'empty' });
export type NeedUpdateInput = z.infer<typeof needUpdateInputSchema>;

const spaceFields = {
  name: nameSchema,
  owner: spaceOwnerSchema,
  capacity: z.number().int().min(0).max(100_000).nullable().optional(),
  openingRules: optionalText,
  manager: optionalText,
  usageFrequency: usageFrequencySchema.nullable().optional(),
  notes: optionalLongText,
  estateId: optionalId,
  courtyardId: optionalId,
};
export const spaceInputSchema = z.object(spaceFields).strict();
export type SpaceInput = z.infer<typeof spaceInputSchema>;
export const spaceUpdateInputSchema = z.object(spaceFields).partial().strict().refine(nonEmpty, { message: 'empty' });
export type SpaceUpdateInput = z.infer<typeof spaceUpdateInputSchema>;

const fraction = z.number().min(0).max(1);
const resourceFields = {
  name: nameSchema,
  category: resourceCategorySchema,
  description: optionalLongText,
  foundOn: isoDateSchema,
  /** Who found it; the recording staff member when left out. */
  foundBy: z.string().trim().min(1).max(100).optional(),
  foundHow: optionalText,
  persistence: resourcePersistenceSchema,
  spaceId: optionalId,
  personId: optionalId,
  organizationId: optionalId,
  estateId: optionalId,
  courtyardId: optionalId,
  /** Where it is on the community's site plan: fractions 0–1 of the picture's width and height. */
  pinX: fraction.nullable().optional(),
  pinY: fraction.nullable().optional(),
};
export const resourceInputSchema = z.object(resourceFields).strict();
export type ResourceInput = z.infer<typeof resourceInputSchema>;
export const resourceUpdateInputSchema = z
  .object(resourceFields)
  .partial()
  .strict()
  .refine(nonEmpty, { message: 'empty' });
export type ResourceUpdateInput = z.infer<typeof resourceUpdateInputSchema>;

export const resourceUseInputSchema = z
  .object({ usedOn: isoDateSchema, note: optionalText, organizationId: optionalId })
  .strict();
export type ResourceUseInput = z.infer<typeof resourceUseInputSchema>;

export const resourceMapQuerySchema = z.object({
  /** End of the initial survey: resources found by then are the "initial" ones. */
  baseline: isoDateSchema.optional(),
  /** The chosen date for growth and utilisation; today when left out. */
  asOf: isoDateSchema.optional(),
});
