import { z } from 'zod';
import { idSchema, isoDateTimeSchema, longTextSchema } from '../shared/schemas';
import { fenSchema, grantRoundSummarySchema, roundItemKeySchema } from './round-schemas';

/**
 * A proposal (居民提案) to a grant round, written by the team on a phone and coached — never written —
 * by staff (seed 000: "即使你不会写，我也不能帮你写"). Its content is versioned whole: every save by
 * the team is a new version, and reviews, comments and the determination point at a version number.
 */

/** Few required fields: a leader of 70 writes what they can and staff coach the rest in comments. */
const shortText = z.string().trim().max(200);
const paragraph = z.string().trim().max(2000);

/** A quantified target (seed 002's figures): "服务 30 位独居老人". */
export const proposalTargetSchema = z.object({
  text: z.string().trim().min(1).max(100),
  quantity: z.number().int().min(0).max(1_000_000),
  unit: z.string().trim().max(10).default(''),
});
export type ProposalTarget = z.infer<typeof proposalTargetSchema>;

/** A month as YYYY-MM: plans are by month, the way teams plan (三月份 做什么). */
export const yearMonthSchema = z.string().regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, 'month');

/**
 * A planned activity (计划内): the activities the team records later link to it by its row in
 * grant_plan_items, so its key stays the same across versions while the team edits its text.
 */
export const planItemSchema = z.object({
  key: roundItemKeySchema,
  title: z.string().trim().min(1).max(80),
  plannedMonth: yearMonthSchema.optional(),
  description: shortText.default(''),
});
export type PlanItem = z.infer<typeof planItemSchema>;

export const teamRoleEntrySchema = z.object({
  personId: idSchema,
  role: z.string().trim().min(1).max(30),
});

/** What budget lines are for: the categories funders' forms use (seed 004). */
export const budgetCategories = [
  'materials', // 物资耗材
  'venue', // 场地
  'printing', // 宣传印刷
  'transport', // 交通
  'meals', // 餐饮(工作餐)
  'insurance', // 保险
  'expert', // 专家/讲师
  'equipment', // 设备
  'other',
] as const;
export const budgetCategorySchema = z.enum(budgetCategories);
export type BudgetCategory = z.infer<typeof budgetCategorySchema>;

/** Unit price at most ¥1,000,000 and quantity at most 10,000: a line's product stays an exact integer. */
export const maxUnitPriceFen = 100_000_000;

export const budgetLineSchema = z.object({
  key: roundItemKeySchema,
  category: budgetCategorySchema,
  item: z.string().trim().min(1).max(80),
  unitPriceFen: fenSchema.max(maxUnitPriceFen),
  quantity: z.number().int().min(1).max(10_000),
  justification: shortText.default(''),
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;

/** Other money and help: the leverage funders count (seed 003: "投入是否能调动社会资源？"). */
export const otherSupportKinds = [
  'self_raised', // 自筹
  'donation', // 捐赠
  'matching', // 配捐 (seed 004)
  'in_kind_property', // 物业 in kind
  'in_kind_committee', // 居委会 in kind
  'other',
] as const;
export const otherSupportKindSchema = z.enum(otherSupportKinds);

export const otherSupportSchema = z.object({
  kind: otherSupportKindSchema,
  source: shortText.default(''),
  /** Money, or what help in kind is worth: an estimate the team states. */
  amountFen: fenSchema.max(maxUnitPriceFen * 10),
  description: shortText.default(''),
});
export type OtherSupport = z.infer<typeof otherSupportSchema>;

export const proposalContentSchema = z.object({
  title: z.string().trim().min(1).max(80),
  /** The public issue (公共议题) the team formed around, in its own words. */
  publicIssue: paragraph.default(''),
  /** The need in the community's needs register it answers, if one is recorded. */
  needId: idSchema.optional(),
  goal: paragraph.default(''),
  targets: z.array(proposalTargetSchema).max(20).default([]),
  planItems: z.array(planItemSchema).max(40).default([]),
  team: z.array(teamRoleEntrySchema).max(40).default([]),
  leaderPersonId: idSchema.optional(),
  budgetLines: z.array(budgetLineSchema).max(60).default([]),
  otherSupport: z.array(otherSupportSchema).max(20).default([]),
  /** Seed 000's children asked it: "钱不够怎么办?" */
  shortfallPlan: paragraph.default(''),
  /** 可持续管护: who looks after what the project builds, once the money is spent. */
  maintenancePlan: paragraph.default(''),
  projectMonths: z.number().int().min(1).max(36).optional(),
  /** A long free text, for what a leader wants to say that no field asks. */
  notes: longTextSchema.default(''),
});
export type ProposalContent = z.infer<typeof proposalContentSchema>;
export type ProposalContentInput = z.input<typeof proposalContentSchema>;

export const proposalCreateInputSchema = z.object({
  /** Made by the phone, so a create sent again after a lost answer finds the proposal it made. */
  id: idSchema.optional(),
  roundId: idSchema,
  organizationId: idSchema,
  content: proposalContentSchema,
});
export type ProposalCreateInput = z.infer<typeof proposalCreateInputSchema>;

/**
 * A save: the whole content again and the version it was edited from. A save from an older version
 * (two phones, or a phone that was offline) is refused so nobody's words are silently overwritten.
 */
export const proposalSaveInputSchema = z.object({
  baseVersion: z.number().int().min(1),
  content: proposalContentSchema,
});
export type ProposalSaveInput = z.infer<typeof proposalSaveInputSchema>;

export const proposalStatusSchema = z.enum(['draft', 'submitted', 'withdrawn']);
export type ProposalStatus = z.infer<typeof proposalStatusSchema>;

export const endorsementStatusSchema = z.enum(['none', 'endorsed', 'declined']);
export type EndorsementStatus = z.infer<typeof endorsementStatusSchema>;

export const determinationSchema = z.enum(['approved', 'declined', 'more_information']);
export type Determination = z.infer<typeof determinationSchema>;

export const proposalVersionParamSchema = z.object({ id: idSchema, number: z.coerce.number().int().min(1) });

const namedSchema = z.object({ id: idSchema, name: z.string() });

export const grantProposalSummarySchema = z.object({
  id: idSchema,
  roundId: idSchema,
  organization: namedSchema,
  communityId: idSchema,
  title: z.string(),
  requestedFen: z.number().int(),
  status: proposalStatusSchema,
  currentVersion: z.number().int(),
  submittedAt: isoDateTimeSchema.nullable(),
  endorsementStatus: endorsementStatusSchema,
  determination: determinationSchema.nullable(),
  approvedFen: z.number().int().nullable(),
  updatedAt: isoDateTimeSchema,
});
export type GrantProposalSummary = z.infer<typeof grantProposalSummarySchema>;

export const grantProposalSchema = grantProposalSummarySchema.extend({
  round: grantRoundSummarySchema,
  content: proposalContentSchema,
  /** Who wrote the current version: a team account's display name. */
  authoredByName: z.string().nullable(),
  createdAt: isoDateTimeSchema,
  endorsement: z.object({
    status: endorsementStatusSchema,
    byName: z.string().nullable(),
    at: isoDateTimeSchema.nullable(),
    note: z.string().nullable(),
  }),
  determinationReason: z.string().nullable(),
  determinedAt: isoDateTimeSchema.nullable(),
  determinedVersion: z.number().int().nullable(),
  /**
   * A children's council's proposal needs its accountable adult's signature before submitting
   * (seed 000): who is accountable now, and who signed and when (null until then).
   */
  adultSignature: z
    .object({
      accountablePersonId: idSchema,
      signedByPersonId: idSchema.nullable(),
      signedAt: isoDateTimeSchema.nullable(),
    })
    .nullable(),
  /** The team's people by id, with names only for roles that may see residents' names. */
  people: z.array(z.object({ id: idSchema, name: z.string().nullable() })),
  /** Figures computed from the content (proposal-rules.ts), so every screen shows the same sums. */
  leverageFen: z.number().int(),
  negativeListHits: z.array(z.object({ lineKey: z.string(), label: z.string(), keyword: z.string() })),
});
export type GrantProposal = z.infer<typeof grantProposalSchema>;

export const proposalVersionSchema = z.object({
  number: z.number().int(),
  requestedFen: z.number().int(),
  authoredByName: z.string().nullable(),
  createdAt: isoDateTimeSchema,
  content: proposalContentSchema,
});
export type ProposalVersion = z.infer<typeof proposalVersionSchema>;

export const proposalVersionSummarySchema = proposalVersionSchema.omit({ content: true });
export type ProposalVersionSummary = z.infer<typeof proposalVersionSummarySchema>;
