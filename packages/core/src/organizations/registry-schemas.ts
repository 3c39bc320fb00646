import { z } from 'zod';
import {
  chatCreationWaySchema,
  chatGroupFieldsSchema,
  chatPlatformSchema,
  chatTrailGroupSchema,
  checkChatGroupLayer,
  type TeamChatGroupLayer,
  teamChatGroupLayerSchema,
  teamChatGroupLayers,
} from '../chat';
import { idSchema, isoDateSchema, longTextSchema, nameSchema, phoneSchema, shortTextSchema } from '../shared/schemas';
import {
  filingStatusSchema,
  memberRoleSchema,
  organizationStatusSchema,
  orientationSchema,
  relationKindSchema,
  subTeamRoleSchema,
  trackedFieldSchema,
} from './types';

/** Shapes of the organization registry: members, history, sub-teams, chat groups, relations, interviews. */

export const organizationSubParamsSchema = z.object({ id: idSchema, itemId: idSchema });

/**
 * A leader adds a member from a phone: pick a person of the community, or type a new name
 * (and optionally a phone number). Role and join date are optional. For a picked person the
 * caller may not read, `phone` is the number the resident gave them, checked against the record
 * (db/organizations/members.ts says why).
 */
export const memberAddInputSchema = z
  .object({
    personId: idSchema.optional(),
    name: nameSchema.optional(),
    phone: phoneSchema.optional(),
    role: memberRoleSchema.default('member'),
    joinedOn: isoDateSchema.optional(),
  })
  .refine((v) => (v.personId === undefined) !== (v.name === undefined), {
    message: 'person_or_name',
    path: ['name'],
  });
export type MemberAddInput = z.infer<typeof memberAddInputSchema>;

/** Change a member's role, or mark them as having left on a date. */
export const memberUpdateInputSchema = z
  .object({ role: memberRoleSchema, leftOn: isoDateSchema })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'empty' });
export type MemberUpdateInput = z.infer<typeof memberUpdateInputSchema>;

/**
 * Take back a 已离开 tapped by mistake (the leader's undo): the member is current again, as if
 * they had never left. `leftOn` names the leave being undone — the date the latest membership
 * ended — so an undo sent twice, or late after the person was added again, changes nothing.
 */
export const memberUndoLeaveInputSchema = z.object({ leftOn: isoDateSchema });
export type MemberUndoLeaveInput = z.infer<typeof memberUndoLeaveInputSchema>;

export const memberHistoryEntrySchema = z.object({
  membershipId: idSchema,
  personId: idSchema,
  name: z.string(),
  role: memberRoleSchema,
  joinedOn: z.string().nullable(),
  leftOn: z.string().nullable(),
});

/** A dated change of orientation, filing or status. The value must fit the field. */
export const organizationChangeInputSchema = z
  .object({
    field: trackedFieldSchema,
    value: z.string(),
    changedOn: isoDateSchema,
    reason: longTextSchema.optional(),
    /** A filing or registration document: its number, or where the paper is kept. */
    documentRef: shortTextSchema.optional(),
  })
  .superRefine((v, ctx) => {
    const schema = {
      orientation: orientationSchema,
      filing_status: filingStatusSchema,
      status: organizationStatusSchema,
    }[v.field];
    if (!schema.safeParse(v.value).success) ctx.addIssue({ code: 'custom', message: 'value', path: ['value'] });
  });
export type OrganizationChangeInput = z.infer<typeof organizationChangeInputSchema>;

export const organizationChangeSchema = z.object({
  id: idSchema,
  field: trackedFieldSchema,
  value: z.string(),
  changedOn: z.string(),
  reason: z.string().nullable(),
  documentRef: z.string().nullable(),
  /** Set when a document (scan or photo) is attached: GET …/changes/{changeId}/document. */
  documentFileType: z.enum(['pdf', 'png', 'jpg', 'webp']).nullable(),
  /** A filing the residents' committee confirmed (or recorded itself): when, and the account's name. */
  confirmedAt: z.string().nullable(),
  confirmedBy: z.string().nullable(),
});

/** A 备案 certificate or registration scan: a phone photo or a PDF, 10 MB at most. */
export const changeDocumentMaxBytes = 10 * 1024 * 1024;
export const changeDocumentParamsSchema = z.object({ id: idSchema, changeId: idSchema });

export const servedCommunityInputSchema = z.object({ communityId: idSchema, since: isoDateSchema.optional() });
export const servedCommunityEndInputSchema = z.object({ until: isoDateSchema });
export const servedCommunityParamsSchema = z.object({ id: idSchema, communityId: idSchema });

export const servedCommunityHistorySchema = z.object({
  communityId: idSchema,
  name: z.string(),
  since: z.string().nullable(),
  until: z.string().nullable(),
});

export const subTeamInputSchema = z.object({
  name: nameSchema,
  formedOn: isoDateSchema.optional(),
  /** A current member of the organization who leads the sub-team. */
  leaderPersonId: idSchema.optional(),
});
export type SubTeamInput = z.infer<typeof subTeamInputSchema>;

export const subTeamMemberInputSchema = z.object({
  personId: idSchema,
  role: subTeamRoleSchema.default('member'),
  joinedOn: isoDateSchema.optional(),
});
export type SubTeamMemberInput = z.infer<typeof subTeamMemberInputSchema>;

export const subTeamSchema = z.object({
  id: idSchema,
  name: z.string(),
  formedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  /** Null when the caller's role may not see member names. */
  members: z.array(z.object({ personId: idSchema, name: z.string(), role: subTeamRoleSchema })).nullable(),
  memberCount: z.number().int(),
});

/**
 * Layers of an organization's chat groups: they split as it grows (seed 002: one group → many). Since
 * issue 19 the registry and the chat trail keep one table and one vocabulary, the chat trail's; the
 * registry's old names (main, sub_team) are still read on input.
 */
export const chatGroupLayers = teamChatGroupLayers;
export type ChatGroupLayer = TeamChatGroupLayer;
const oldLayerNames = { main: 'general', sub_team: 'squad' } as const satisfies Record<string, TeamChatGroupLayer>;
/** What the registry's API accepts: the layers and their old names. */
export const chatGroupLayerSchema = z.enum([...teamChatGroupLayers, 'main', 'sub_team']);
export function currentChatGroupLayer(layer: z.infer<typeof chatGroupLayerSchema>): ChatGroupLayer {
  return layer === 'main' || layer === 'sub_team' ? oldLayerNames[layer] : layer;
}

/**
 * POST /api/organizations/{id}/chat-groups: the registry's quick way to record a team's group — a
 * chat_groups row like the chat trail's (one table since issue 19), with what the registry form does
 * not ask defaulted: platform WeChat, creation way unknown, staff not in. The layer's old names
 * (main, sub_team) are still accepted; a 分队群 names its sub-team.
 */
export const chatGroupInputSchema = chatGroupFieldsSchema
  .omit({ adoptionStep: true })
  .extend({
    layer: chatGroupLayerSchema,
    platform: chatPlatformSchema.default('wechat'),
    creationWay: chatCreationWaySchema.default('unknown'),
    staffIn: z.boolean().default(false),
    memberCount: z.number().int().min(0).max(100_000).optional(),
  })
  .superRefine((value, context) =>
    checkChatGroupLayer({ ...value, layer: currentChatGroupLayer(value.layer) }, context),
  );
export type ChatGroupInput = z.infer<typeof chatGroupInputSchema>;

export const chatGroupCountInputSchema = z.object({
  countedOn: isoDateSchema,
  memberCount: z.number().int().min(0).max(100_000),
});
export type ChatGroupCountInput = z.infer<typeof chatGroupCountInputSchema>;

/** A team's group as the registry shows it: the chat trail's group (one schema), with its member counts. */
export const chatGroupSchema = chatTrailGroupSchema
  .pick({
    id: true,
    name: true,
    platform: true,
    creationWay: true,
    subTeamId: true,
    staffIn: true,
    createdOn: true,
    closedOn: true,
    archived: true,
  })
  .extend({
    layer: teamChatGroupLayerSchema,
    /** Member counts over time, oldest first. */
    counts: z.array(z.object({ countedOn: z.string(), memberCount: z.number().int() })),
  });

export const relationInputSchema = z.object({
  relatedOrganizationId: idSchema,
  kind: relationKindSchema,
  since: isoDateSchema.optional(),
  until: isoDateSchema.optional(),
  note: shortTextSchema.optional(),
});
export type RelationInput = z.infer<typeof relationInputSchema>;

export const relationSchema = z.object({
  id: idSchema,
  /** 'outgoing': this organization → the other (e.g. this one spun off from it). */
  direction: z.enum(['outgoing', 'incoming']),
  kind: relationKindSchema,
  organizationId: idSchema,
  organizationName: z.string(),
  /** Whether the caller may open the other organization's page (in their scope): no link otherwise. */
  isOpenable: z.boolean(),
  since: z.string().nullable(),
  until: z.string().nullable(),
  note: z.string().nullable(),
});

/** Baseline interview (seed 002 interviewed ~80 organizations, the dead and inactive too). */
export const interviewInputSchema = z.object({
  interviewedOn: isoDateSchema,
  interviewer: nameSchema,
  origin: longTextSchema.optional(),
  development: longTextSchema.optional(),
  activities: longTextSchema.optional(),
  difficulties: longTextSchema.optional(),
  hopes: longTextSchema.optional(),
  notes: longTextSchema.optional(),
});
export type InterviewInput = z.infer<typeof interviewInputSchema>;

export const interviewSchema = z.object({
  id: idSchema,
  interviewedOn: z.string(),
  interviewer: z.string(),
  origin: z.string().nullable(),
  development: z.string().nullable(),
  activities: z.string().nullable(),
  difficulties: z.string().nullable(),
  hopes: z.string().nullable(),
  notes: z.string().nullable(),
});

/** Everything of the registry about one organization, for its page. */
export const organizationRegistrySchema = z.object({
  dissolvedOn: z.string().nullable(),
  changes: z.array(organizationChangeSchema),
  servedCommunities: z.array(servedCommunityHistorySchema),
  /** Null when the caller's role may not see member names. */
  memberHistory: z.array(memberHistoryEntrySchema).nullable(),
  subTeams: z.array(subTeamSchema),
  chatGroups: z.array(chatGroupSchema),
  relations: z.array(relationSchema),
  interviews: z.array(interviewSchema),
  canManageMembers: z.boolean(),
  canRecord: z.boolean(),
});
export type OrganizationRegistry = z.infer<typeof organizationRegistrySchema>;

export const createdSchema = z.object({ id: idSchema });
