import { z } from 'zod';
import { idSchema, longTextSchema, nameSchema } from '../shared/schemas';

/** Votes during a meeting (schemas.ts holds the meeting): who may vote, the ballot, the paper tally, the result. */

/** How a motion is carried (rules.ts counts them): 简单多数, 三分之二多数, 共识 with recorded objections. */
export const majorityRules = ['simple', 'two_thirds', 'consensus'] as const;
export const majorityRuleSchema = z.enum(majorityRules);
export type MajorityRule = z.infer<typeof majorityRuleSchema>;

export const quorumPercentSchema = z.number().int().min(0).max(100);

/** Who may vote: the meeting's attendees, an organization's current members, a council term's members, an estate's residents. */
export const eligibilityKinds = ['attendees', 'organization_members', 'term_members', 'estate_residents'] as const;
export const eligibilityKindSchema = z.enum(eligibilityKinds);
export type EligibilityKind = z.infer<typeof eligibilityKindSchema>;

export const voteInputSchema = z
  .object({
    question: z.string().trim().min(1).max(500),
    kind: z.enum(['motion', 'choice']),
    /** A secret ballot: nobody, admin included, can learn a voter's choice (only counts are kept). */
    isSecret: z.boolean().default(false),
    eligibility: eligibilityKindSchema,
    /** The organization, term or estate for the last three kinds (none for attendees). */
    eligibilityId: idSchema.optional(),
    motionId: idSchema.optional(),
    /** Overrides of the meeting type's rule and quorum. */
    majorityRule: majorityRuleSchema.optional(),
    quorumPercent: quorumPercentSchema.optional(),
    /** A choice vote's options, in order; an option may name a grant proposal. */
    options: z
      .array(z.object({ label: nameSchema, proposalId: idSchema.optional() }))
      .max(30)
      .default([]),
  })
  .refine((v) => v.kind === 'motion' || v.options.length >= 2, {
    path: ['options'],
    message: 'a choice needs two options or more',
  })
  .refine((v) => v.kind === 'choice' || v.options.length === 0, {
    path: ['options'],
    message: 'a motion has no options',
  })
  .refine((v) => (v.eligibility === 'attendees') === (v.eligibilityId === undefined), {
    path: ['eligibilityId'],
    message: 'name the organization, term or estate (not for attendees)',
  });
export type VoteInput = z.infer<typeof voteInputSchema>;

/** Counts per choice: for/against/abstain, or option ids and abstain. */
export const choiceCountsSchema = z.record(z.string().max(60), z.number().int().min(0).max(100_000));

/** POST /api/votes/{id}/paper-tally: the chair's count of paper ballots, and the slips handed in on paper. */
export const paperTallyInputSchema = z.object({
  counts: choiceCountsSchema,
  slipIds: z.array(idSchema).min(1).max(2000),
});
export type PaperTallyInput = z.infer<typeof paperTallyInputSchema>;

export const closeVoteInputSchema = z.object({
  /** Under consensus: the objections' substance as the chair records it. */
  objectionNote: longTextSchema.optional(),
});

/** A ballot as the slip's page posts it. */
export const ballotInputSchema = z.object({ choice: z.string().trim().min(1).max(60) });
export type BallotInput = z.infer<typeof ballotInputSchema>;

/** A ballot slip's code: 10 characters of the readable alphabet (2^49 of them: not guessable). */
export const slipCodeSchema = z.string().regex(/^[2-9A-HJKMNP-Z]{10}$/);
export const slipCodeParamSchema = z.object({ code: slipCodeSchema });

export const voteStates = ['open', 'closed'] as const;

export const voteResultSchema = z.object({
  eligible: z.number().int(),
  cast: z.number().int(),
  quorumPercent: z.number().int(),
  quorumMet: z.boolean(),
  majorityRule: majorityRuleSchema,
  counts: z.record(z.string(), z.number().int()),
  /** carried / lost / no_quorum for a motion; chosen / tie / none / no_quorum for a choice. */
  outcome: z.string(),
  /** A choice's leading option(s): one chosen, several tied. */
  leaders: z.array(z.string()),
  objections: z.number().int(),
  objectionNote: z.string().nullable(),
});
export type VoteResult = z.infer<typeof voteResultSchema>;

export const voteSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  question: z.string(),
  kind: z.enum(['motion', 'choice']),
  isSecret: z.boolean(),
  eligibility: eligibilityKindSchema,
  eligibilityId: idSchema.nullable(),
  majorityRule: majorityRuleSchema,
  quorumPercent: z.number().int(),
  state: z.enum(voteStates),
  options: z.array(z.object({ id: idSchema, label: z.string(), proposalId: idSchema.nullable() })),
  eligible: z.number().int(),
  /** Slips used so far, phone and paper (the count the chair watches). */
  used: z.number().int(),
  paperTally: z
    .object({ counts: z.record(z.string(), z.number().int()), ballots: z.number().int(), hasPhoto: z.boolean() })
    .nullable(),
  result: voteResultSchema.nullable(),
  /** An open vote's ballots with their voters' names — never for a secret vote. */
  openBallots: z.array(z.object({ name: z.string(), choice: z.string() })).nullable(),
});
export type Vote = z.infer<typeof voteSchema>;

/** The printable slips of a vote: one per eligible voter (names only to those who may see residents'). */
export const ballotSlipSchema = z.object({ id: idSchema, name: z.string(), code: z.string(), isUsed: z.boolean() });
export type BallotSlip = z.infer<typeof ballotSlipSchema>;
