import { z } from 'zod';
import { roleSchema } from '../shared/roles';
import { idSchema, isoDateTimeSchema } from '../shared/schemas';

/**
 * Coaching beside the text (seed 000: "即使你不会写，我也不能帮你写"): staff, officials and reviewers
 * write comments on a section of a proposal's version; the team answers each — accepted (and changes
 * its text in a new version) or declined, with a note. Nobody but the team touches the text.
 */

/** The sections a comment may sit beside; a budget line or plan item by its key. */
export const commentSections = [
  'title',
  'publicIssue',
  'goal',
  'targets',
  'planItems',
  'team',
  'budgetLines',
  'otherSupport',
  'shortfallPlan',
  'maintenancePlan',
  'projectMonths',
  'notes',
] as const;
export const commentAnchorSchema = z
  .string()
  .regex(new RegExp(`^(${commentSections.join('|')})$|^(budgetLines|planItems)\\.[a-z0-9_-]{1,40}$`), 'anchor');

export const proposalCommentInputSchema = z.object({
  /** Null or absent: about the whole proposal. */
  anchor: commentAnchorSchema.nullable().default(null),
  text: z.string().trim().min(1).max(1000),
});
export type ProposalCommentInput = z.infer<typeof proposalCommentInputSchema>;

export const commentDecisionSchema = z.enum(['accepted', 'declined']);
export const proposalCommentResponseInputSchema = z.object({
  decision: commentDecisionSchema,
  note: z.string().trim().max(500).default(''),
});
export type ProposalCommentResponseInput = z.infer<typeof proposalCommentResponseInputSchema>;

export const proposalCommentSchema = z.object({
  id: idSchema,
  proposalId: idSchema,
  /** The version the comment was written on: the team answers it in a later one. */
  versionNumber: z.number().int(),
  anchor: z.string().nullable(),
  text: z.string(),
  authorName: z.string().nullable(),
  authorRole: roleSchema,
  createdAt: isoDateTimeSchema,
  response: z
    .object({
      decision: commentDecisionSchema,
      note: z.string(),
      byName: z.string().nullable(),
      at: isoDateTimeSchema,
    })
    .nullable(),
});
export type ProposalComment = z.infer<typeof proposalCommentSchema>;

/** The residents' committee's word on a proposal (居委会认可), recorded by its official. */
export const proposalEndorsementInputSchema = z.object({
  decision: z.enum(['endorsed', 'declined']),
  note: z.string().trim().max(500).default(''),
});
export type ProposalEndorsementInput = z.infer<typeof proposalEndorsementInputSchema>;
