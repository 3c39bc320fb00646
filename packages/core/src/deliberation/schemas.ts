import { z } from 'zod';
import { idSchema, isoDateSchema, longTextSchema, nameSchema, shortTextSchema } from '../shared/schemas';
import { majorityRuleSchema, quorumPercentSchema, voteSchema } from './vote-schemas';

/**
 * Meetings and votes 议事协商 (issue 18; seeds 000 共识会 and 儿童议事会, 004 座谈会 / 听证会 /
 * 罗伯特议事规则). A meeting has a type that carries its quorum and majority rule; votes during the
 * meeting are cast on phones through personal ballot slips (a code per eligible voter, printed as a
 * sheet) or entered by the chair as a paper tally.
 */

/**
 * The meeting types every deployment starts with (they are not rows: fixed ids here, so meetings and the demo can name them; migration 0033 holds only the types staff add);
 * staff add their own with a name. Quorum is a share of the eligible voters in whole percent.
 */
export const defaultMeetingTypes = [
  // 共识会: naming a team and choosing its work together (seed 000), never 一言堂
  {
    key: 'consensus_meeting',
    id: '0d11be00-0000-4000-8000-000000000001',
    quorumPercent: 50,
    majorityRule: 'consensus',
  },
  { key: 'residents_council', id: '0d11be00-0000-4000-8000-000000000002', quorumPercent: 50, majorityRule: 'simple' }, // 居民议事会
  { key: 'children_council', id: '0d11be00-0000-4000-8000-000000000003', quorumPercent: 50, majorityRule: 'simple' }, // 儿童议事会
  {
    key: 'multi_party_dialogue',
    id: '0d11be00-0000-4000-8000-000000000004',
    quorumPercent: 0,
    majorityRule: 'consensus',
  }, // 多方对话会
  { key: 'livelihood_issues', id: '0d11be00-0000-4000-8000-000000000005', quorumPercent: 0, majorityRule: 'simple' }, // 民生议题讨论会
  { key: 'supply_demand', id: '0d11be00-0000-4000-8000-000000000006', quorumPercent: 0, majorityRule: 'consensus' }, // 供需协商会
  { key: 'forum', id: '0d11be00-0000-4000-8000-000000000007', quorumPercent: 0, majorityRule: 'simple' }, // 座谈会
  { key: 'hearing', id: '0d11be00-0000-4000-8000-000000000008', quorumPercent: 50, majorityRule: 'two_thirds' }, // 听证会
] as const satisfies readonly {
  key: string;
  id: string;
  quorumPercent: number;
  majorityRule: z.infer<typeof majorityRuleSchema>;
}[];
export type DefaultMeetingTypeKey = (typeof defaultMeetingTypes)[number]['key'];

export const meetingTypeInputSchema = z.object({
  name: nameSchema,
  quorumPercent: quorumPercentSchema,
  majorityRule: majorityRuleSchema,
});
export type MeetingTypeInput = z.infer<typeof meetingTypeInputSchema>;

export const meetingTypeSchema = z.object({
  id: idSchema,
  /** Set on the defaults (their names come from the catalogue in the reader's language). */
  key: z.string().nullable(),
  name: z.string(),
  quorumPercent: z.number().int(),
  majorityRule: majorityRuleSchema,
});
export type MeetingType = z.infer<typeof meetingTypeSchema>;

/** POST /api/meetings: few required fields — what kind, when, where (the community), what about. */
export const meetingInputSchema = z.object({
  typeId: idSchema,
  communityId: idSchema,
  /** The organizing organization; none when staff or the committee organize it. */
  organizationId: idSchema.optional(),
  /** A children's council term the meeting belongs to. */
  councilTermId: idSchema.optional(),
  /** The activity the meeting is held as: its sign-ins become the attendees. */
  activityId: idSchema.optional(),
  /** The cultivation programme (民生议题讨论会, 供需协商会…) the meeting belongs to, in the same street. */
  programmeId: idSchema.optional(),
  title: nameSchema,
  heldOn: isoDateSchema,
  place: shortTextSchema.optional(),
  agenda: z.array(nameSchema).max(30).default([]),
});
export type MeetingInput = z.infer<typeof meetingInputSchema>;

export const meetingUpdateSchema = z.object({
  title: nameSchema.optional(),
  heldOn: isoDateSchema.optional(),
  place: shortTextSchema.optional(),
  agenda: z.array(nameSchema).max(30).optional(),
  minutes: longTextSchema.optional(),
  /** What the public summary page says (no residents' names: the page shows none). */
  publicSummary: longTextSchema.optional(),
});
export type MeetingUpdate = z.infer<typeof meetingUpdateSchema>;

/** POST /api/meetings/{id}/attendees: people added by the chair; a child needs a guardian's tick. */
export const attendeeInputSchema = z.object({
  personId: idSchema,
  guardianAgreed: z.boolean().default(false),
});
export type AttendeeInput = z.infer<typeof attendeeInputSchema>;

export const motionInputSchema = z.object({
  text: z.string().trim().min(1).max(1000),
  /** An amendment names the motion it amends. */
  amendsId: idSchema.optional(),
  agendaPosition: z.number().int().min(1).max(30).optional(),
});
export type MotionInput = z.infer<typeof motionInputSchema>;

export const decisionInputSchema = z.object({
  text: z.string().trim().min(1).max(1000),
  motionId: idSchema.optional(),
  voteId: idSchema.optional(),
});
export type DecisionInput = z.infer<typeof decisionInputSchema>;

export const followUpInputSchema = z.object({
  what: z.string().trim().min(1).max(500),
  ownerPersonId: idSchema.optional(),
  dueOn: isoDateSchema.optional(),
});
export type FollowUpInput = z.infer<typeof followUpInputSchema>;
export const followUpDoneSchema = z.object({ done: z.boolean() });

export const attendeeSchema = z.object({
  id: idSchema,
  /** None for an attendee from the activity's sign-ins (a resident without a person record). */
  personId: idSchema.nullable(),
  name: z.string(),
  isChild: z.boolean(),
  guardianAgreed: z.boolean(),
  source: z.enum(['chair', 'sign_in']),
});

export const meetingSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  heldOn: z.string(),
  typeId: idSchema,
  typeKey: z.string().nullable(),
  typeName: z.string(),
  communityId: idSchema,
  organizationId: idSchema.nullable(),
  councilTermId: idSchema.nullable(),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

export const meetingSchema = meetingSummarySchema.extend({
  place: z.string().nullable(),
  activityId: idSchema.nullable(),
  agenda: z.array(z.object({ position: z.number().int(), title: z.string() })),
  attendees: z.array(attendeeSchema),
  motions: z.array(
    z.object({ id: idSchema, text: z.string(), amendsId: idSchema.nullable(), agendaPosition: z.number().nullable() }),
  ),
  decisions: z.array(
    z.object({ id: idSchema, text: z.string(), motionId: idSchema.nullable(), voteId: idSchema.nullable() }),
  ),
  followUps: z.array(
    z.object({
      id: idSchema,
      what: z.string(),
      ownerPersonId: idSchema.nullable(),
      ownerName: z.string().nullable(),
      dueOn: z.string().nullable(),
      doneOn: z.string().nullable(),
    }),
  ),
  minutes: z.string().nullable(),
  publicSummary: z.string().nullable(),
  shareCode: z.string().nullable(),
  votes: z.array(voteSchema),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const meetingListQuerySchema = z.object({
  organizationId: idSchema.optional(),
  councilTermId: idSchema.optional(),
  communityId: idSchema.optional(),
});

/** A children's council term 届 (seed 000: 每一届儿童议事会定一个目标). */
export const councilTermInputSchema = z.object({
  number: z.number().int().min(1).max(200),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema.optional(),
  goal: z.string().trim().max(500).optional(),
  outcome: longTextSchema.optional(),
  memberPersonIds: z.array(idSchema).max(200).default([]),
});
export type CouncilTermInput = z.infer<typeof councilTermInputSchema>;
/** PATCH: only what is sent changes (no defaults: an absent member list keeps the members). */
export const councilTermUpdateSchema = councilTermInputSchema
  .omit({ memberPersonIds: true })
  .partial()
  .extend({ memberPersonIds: z.array(idSchema).max(200).optional() });

export const councilTermSchema = z.object({
  id: idSchema,
  organizationId: idSchema,
  number: z.number().int(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  goal: z.string().nullable(),
  outcome: z.string().nullable(),
  members: z.array(z.object({ personId: idSchema, name: z.string() })),
  meetings: z.array(meetingSummarySchema),
});
export type CouncilTerm = z.infer<typeof councilTermSchema>;

/** What a proposal's page shows of the votes that named it: the council, when, its count and the outcome. */
export const proposalVoteSchema = z.object({
  voteId: idSchema,
  /** The meeting, null to a caller who may not read it (the result is still theirs to see). */
  meetingId: idSchema.nullable(),
  meetingTitle: z.string().nullable(),
  heldOn: z.string().nullable(),
  question: z.string(),
  count: z.number().int(),
  cast: z.number().int(),
  outcome: z.string(),
  isLeader: z.boolean(),
});
export type ProposalVote = z.infer<typeof proposalVoteSchema>;

export const voteIdParamSchema = z.object({ id: idSchema });
export const meetingItemParamSchema = z.object({ id: idSchema, itemId: idSchema });
