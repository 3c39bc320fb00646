import { z } from 'zod';
import {
  idSchema,
  isoDateSchema,
  listPageQuerySchema,
  longTextSchema,
  nameSchema,
  shortTextSchema,
} from '../shared/schemas';
import { stageSchema } from './stages';
import {
  filingStatusSchema,
  memberRoleSchema,
  organizationStatusSchema,
  organizationTypeSchema,
  orientationSchema,
} from './types';

export const organizationSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  organizationType: organizationTypeSchema,
  orientation: orientationSchema,
  stage: stageSchema.nullable(),
  status: organizationStatusSchema,
  homeCommunityId: idSchema,
  homeCommunityName: z.string(),
  memberCount: z.number().int(),
});
export type OrganizationSummary = z.infer<typeof organizationSummarySchema>;

export const organizationMemberSchema = z.object({
  personId: idSchema,
  name: z.string(),
  role: memberRoleSchema,
  joinedOn: z.string().nullable(),
  /** Masked (138****1234) unless the caller's role may read contacts. */
  phone: z.string().nullable(),
});

export const organizationDetailSchema = organizationSummarySchema.extend({
  streetId: idSchema,
  description: z.string().nullable(),
  meetingPlace: z.string().nullable(),
  foundedOn: z.string().nullable(),
  filingStatus: filingStatusSchema,
  statusReason: z.string().nullable(),
  /** Whether the caller may open the home community's page (else it is named, not linked). */
  homeCommunityOpenable: z.boolean(),
  servedCommunities: z.array(
    z.object({ id: idSchema, name: z.string(), streetName: z.string(), isOpenable: z.boolean() }),
  ),
  /** A children's organization's accountable adult; the name only for roles that may see names. */
  accountableAdult: z.object({ personId: idSchema, name: z.string().nullable() }).nullable(),
  /** Null when the caller's role may not see member names. */
  members: z.array(organizationMemberSchema).nullable(),
  canEdit: z.boolean(),
});
export type OrganizationDetail = z.infer<typeof organizationDetailSchema>;

export const organizationCreateInputSchema = z.object({
  name: nameSchema,
  organizationType: organizationTypeSchema,
  orientation: orientationSchema.default('self_benefit'),
  homeCommunityId: idSchema,
  /** Communities served besides the home community; may lie in another street. */
  servedCommunityIds: z.array(idSchema).max(50).default([]),
  foundedOn: isoDateSchema.optional(),
  description: longTextSchema.optional(),
  meetingPlace: shortTextSchema.optional(),
  /** Its leader: a person of the home or a served community (becomes a member with role leader). */
  leaderPersonId: idSchema.optional(),
  /**
   * A children's organization (儿童议事会, seed 000) names the adult accountable for it — a parent
   * who leads. Required for that type; defaults to the leader when the leader is an adult.
   */
  accountableAdultPersonId: idSchema.optional(),
  /**
   * Filing and status when known at creation (a new site back-fills older, inactive or dead
   * organizations too, seed 002). Each becomes the first entry of its dated history.
   */
  filingStatus: filingStatusSchema.optional(),
  filedOn: isoDateSchema.optional(),
  filingDocumentRef: shortTextSchema.optional(),
  status: organizationStatusSchema.optional(),
  statusOn: isoDateSchema.optional(),
  statusReason: longTextSchema.optional(),
});
export type OrganizationCreateInput = z.infer<typeof organizationCreateInputSchema>;

/** What a leader may change from a phone: short, all optional. */
export const organizationUpdateInputSchema = z
  .object({
    name: nameSchema,
    description: longTextSchema.nullable(),
    meetingPlace: shortTextSchema.nullable(),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, { message: 'empty' });
export type OrganizationUpdateInput = z.infer<typeof organizationUpdateInputSchema>;

export const organizationListQuerySchema = listPageQuerySchema.extend({
  communityId: idSchema.optional(),
  streetId: idSchema.optional(),
});
export type OrganizationListQuery = z.infer<typeof organizationListQuerySchema>;

/** Organizations by name; `total` counts every match when the list is paged. */
export const organizationListSchema = z.object({ items: z.array(organizationSummarySchema), total: z.number().int() });
export type OrganizationList = z.infer<typeof organizationListSchema>;
