import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, shortTextSchema } from '../shared/schemas';

/**
 * A group chat 群 the incubator follows (issue 19, seed 002 "辅导自组织建立微信群"): how it was built,
 * its layer, whether staff are in it, and how far the organization has come in adopting it.
 */

export const chatPlatforms = ['wechat', 'wecom', 'telegram', 'whatsapp', 'other'] as const;
export const chatPlatformSchema = z.enum(chatPlatforms);
export type ChatPlatform = z.infer<typeof chatPlatformSchema>;

/**
 * Seed 002's three ways a team's group came to be: 一是自组织自己建立了微信群 (after coaching); 二是
 * 通过对社造团队的信任，由社造团队牵头建立; 三是原来已有微信群，邀请团队的工作人员加入. `unknown`: nobody
 * recorded it — the groups the registry held before the chat trail (migration 0040), or a group staff
 * add without knowing; staff set the real way when they learn it.
 */
export const chatCreationWays = ['by_organization', 'by_staff_on_trust', 'existing_invited_staff', 'unknown'] as const;
export const chatCreationWaySchema = z.enum(chatCreationWays);
export type ChatCreationWay = z.infer<typeof chatCreationWaySchema>;

/**
 * The group's layer as an organization grows (seed 002 图 9): 总群 general, 核心群 core, 通知群 notice,
 * 分队群 squad (a sub-team's group: the sub-team is required), 聊天群 chat (the same members talking
 * freely beside a work group), and the street's 骨干管理群 activists' management group (第二层: 社区能人的
 * 管理群), which belongs to no organization.
 */
export const chatTrailGroupLayers = ['general', 'core', 'notice', 'squad', 'chat', 'activists'] as const;
export const chatTrailGroupLayerSchema = z.enum(chatTrailGroupLayers);
export type ChatTrailGroupLayer = z.infer<typeof chatTrailGroupLayerSchema>;

/** The layers of a team's own groups: all but the street's 骨干管理群. */
export const teamChatGroupLayers = [
  'general',
  'core',
  'notice',
  'squad',
  'chat',
] as const satisfies readonly ChatTrailGroupLayer[];
export const teamChatGroupLayerSchema = z.enum(teamChatGroupLayers);
export type TeamChatGroupLayer = z.infer<typeof teamChatGroupLayerSchema>;

/**
 * Seed 002's five adoption steps, taking about six months: （1）不知道什么是微信群；（2）成员开始了解微信群；
 * （3）建立微信群；（4）能人开始使用微信在群里发布消息；（5）将微信群变为工作的一部分.
 */
export const adoptionSteps = [1, 2, 3, 4, 5] as const;
export type AdoptionStep = (typeof adoptionSteps)[number];
export const adoptionStepSchema = z.number().int().min(1).max(5);

const groupNameSchema = z.string().trim().min(1).max(60);

/** The fields every group has, whichever route records it (the chat trail's or the registry's). */
export const chatGroupFieldsSchema = z.object({
  name: groupNameSchema,
  platform: chatPlatformSchema,
  creationWay: chatCreationWaySchema,
  layer: chatTrailGroupLayerSchema,
  subTeamId: idSchema.nullable().optional(),
  staffIn: z.boolean(),
  /** As staff confirmed it; null while unknown. Who and when are recorded by the server. */
  adoptionStep: adoptionStepSchema.nullable().optional(),
  /** The days the group was set up and closed, when staff know them. */
  createdOn: isoDateSchema.nullable().optional(),
  closedOn: isoDateSchema.nullable().optional(),
});

/**
 * The rule the table holds too: a 分队群 names its sub-team, other layers none; 骨干管理群 has no
 * organization; a group closes on or after the day it was set up.
 */
export function checkChatGroupLayer(
  value: {
    layer?: ChatTrailGroupLayer;
    subTeamId?: string | null;
    organizationId?: string | null;
    createdOn?: string | null;
    closedOn?: string | null;
  },
  context: z.RefinementCtx,
) {
  if (value.createdOn && value.closedOn && value.closedOn < value.createdOn)
    context.addIssue({ code: 'custom', path: ['closedOn'], message: 'a group closes after it was set up' });
  if (value.layer === 'squad' && !value.subTeamId)
    context.addIssue({ code: 'custom', path: ['subTeamId'], message: 'a 分队群 names its sub-team' });
  if (value.layer !== undefined && value.layer !== 'squad' && value.subTeamId)
    context.addIssue({ code: 'custom', path: ['subTeamId'], message: 'only a 分队群 names a sub-team' });
  if (value.layer === 'activists' && value.organizationId)
    context.addIssue({ code: 'custom', path: ['organizationId'], message: 'a 骨干管理群 belongs to the street' });
  if (value.layer !== undefined && value.layer !== 'activists' && value.organizationId === null)
    context.addIssue({ code: 'custom', path: ['organizationId'], message: 'a team’s group names its team' });
}

/**
 * POST /api/chat-groups: a team's group names its organization; the street's 骨干管理群 names the
 * street instead (organizationId null).
 */
export const chatTrailGroupInputSchema = chatGroupFieldsSchema
  .extend({
    organizationId: idSchema.nullable(),
    /** Only for the street-level 骨干管理群; a team's group is filed under its organization's street. */
    streetId: idSchema.optional(),
  })
  .superRefine((value, context) => {
    checkChatGroupLayer(value, context);
    if (value.organizationId === null && !value.streetId)
      context.addIssue({ code: 'custom', path: ['streetId'], message: 'a street-level group names its street' });
  });
export type ChatTrailGroupInput = z.infer<typeof chatTrailGroupInputSchema>;

/** PATCH /api/chat-groups/{id}: any of the fields; the layer rule is checked against the stored group. */
export const chatTrailGroupUpdateSchema = chatGroupFieldsSchema
  .partial()
  .extend({ archived: z.literal(true).optional() })
  .refine((value) => Object.keys(value).length > 0, { message: 'nothing to change' });
export type ChatTrailGroupUpdate = z.infer<typeof chatTrailGroupUpdateSchema>;

/** Checks a stored group with its changes applied (the layer rule across both). */
export function chatTrailGroupLayerIssues(merged: {
  layer: ChatTrailGroupLayer;
  subTeamId: string | null;
  organizationId: string | null;
  createdOn?: string | null;
  closedOn?: string | null;
}): string[] {
  const issues: string[] = [];
  const context = {
    addIssue: (issue: { path?: PropertyKey[] }) => issues.push(String(issue.path?.[0] ?? '')),
  } as unknown as z.RefinementCtx;
  checkChatGroupLayer(merged, context);
  return issues;
}

export const chatAgreementScopes = ['analysis', 'analysis_and_text'] as const;
export const chatAgreementScopeSchema = z.enum(chatAgreementScopes);
export type ChatAgreementScope = z.infer<typeof chatAgreementScopeSchema>;

/** Who agreed for the organization: its leader, a deputy, a members' meeting, or someone else named. */
export const chatAgreedByRoles = ['leader', 'deputy', 'members_meeting', 'other'] as const;
export const chatAgreedByRoleSchema = z.enum(chatAgreedByRoles);
export type ChatAgreedByRole = z.infer<typeof chatAgreedByRoleSchema>;

/** The longest text may be kept: ten years, as the table allows; a team usually says weeks. */
export const maxTextRetentionDays = 3650;

/**
 * POST /api/chat-groups/{id}/agreements (issue 19 "Agreement and privacy first"): who agreed, in what
 * capacity, on which day, for what — analysis only (the default: message text is not kept), or also
 * keeping the text for a set number of days.
 */
export const chatAgreementInputSchema = z
  .object({
    agreedByPersonId: idSchema.nullable().optional(),
    agreedByRole: chatAgreedByRoleSchema,
    agreedOn: isoDateSchema,
    scope: chatAgreementScopeSchema,
    textRetentionDays: z.number().int().min(1).max(maxTextRetentionDays).nullable().optional(),
    note: shortTextSchema.optional(),
  })
  .superRefine((value, context) => {
    if (value.scope === 'analysis_and_text' && !value.textRetentionDays)
      context.addIssue({ code: 'custom', path: ['textRetentionDays'], message: 'how many days the text is kept' });
    if (value.scope === 'analysis' && value.textRetentionDays)
      context.addIssue({ code: 'custom', path: ['textRetentionDays'], message: 'analysis only keeps no text' });
  });
export type ChatAgreementInput = z.infer<typeof chatAgreementInputSchema>;

/** POST /api/chat-agreements/{id}/withdraw: the day the organization withdrew. */
export const chatWithdrawalInputSchema = z.object({ withdrawnOn: isoDateSchema });
export type ChatWithdrawalInput = z.infer<typeof chatWithdrawalInputSchema>;

export const chatAgreementSchema = z.object({
  id: idSchema,
  groupId: idSchema,
  agreedByPersonId: idSchema.nullable(),
  agreedByName: z.string().nullable(),
  agreedByRole: chatAgreedByRoleSchema,
  agreedOn: isoDateSchema,
  scope: chatAgreementScopeSchema,
  textRetentionDays: z.number().int().nullable(),
  note: z.string(),
  recordedAt: isoDateTimeSchema,
  withdrawnOn: isoDateSchema.nullable(),
});
export type ChatAgreement = z.infer<typeof chatAgreementSchema>;

export const chatTrailGroupSchema = z.object({
  id: idSchema,
  streetId: idSchema,
  organizationId: idSchema.nullable(),
  organizationName: z.string().nullable(),
  name: z.string(),
  platform: chatPlatformSchema,
  creationWay: chatCreationWaySchema,
  layer: chatTrailGroupLayerSchema,
  subTeamId: idSchema.nullable(),
  subTeamName: z.string().nullable(),
  staffIn: z.boolean(),
  createdOn: isoDateSchema.nullable(),
  closedOn: isoDateSchema.nullable(),
  adoptionStep: z.number().int().nullable(),
  adoptionStepConfirmedAt: isoDateTimeSchema.nullable(),
  adoptionStepConfirmedByName: z.string().nullable(),
  archived: z.boolean(),
  agreement: chatAgreementSchema.nullable(),
  messageCount: z.number().int(),
  senderCount: z.number().int(),
  /** The Shanghai day of the newest message, or null before any import. */
  lastMessageOn: isoDateSchema.nullable(),
  /** Messages whose text is kept (an agreement with text): what a withdrawal deletes besides the metadata. */
  keptTextCount: z.number().int(),
  /** The export's own id of the group (WeChat's chatroom, Telegram's id…), recorded by the first import; null before. */
  exportRef: z.string().nullable(),
  /** Agreements withdrawn or replaced, newest first: the group's history of consent. */
  pastAgreements: z.array(chatAgreementSchema),
  warnings: z.array(z.string()),
});
export type ChatTrailGroup = z.infer<typeof chatTrailGroupSchema>;

export const chatTrailGroupListQuerySchema = z
  .object({ organizationId: idSchema.optional(), streetId: idSchema.optional() })
  .refine((value) => Boolean(value.organizationId || value.streetId), {
    message: 'name an organization or a street (or both: the organization’s groups filed in that street)',
  });
export type ChatTrailGroupListQuery = z.infer<typeof chatTrailGroupListQuerySchema>;

export const chatTrailGroupListSchema = z.object({ groups: z.array(chatTrailGroupSchema) });

/**
 * Whether a new agreement only narrows the one in force: it covers nothing the old did not — analysis
 * only after text was kept, or text kept for fewer days. Such an agreement replaces the old at once
 * (the old is marked withdrawn, the text it no longer covers is dropped, the messages stay); any other
 * change needs the old withdrawn first, which deletes the group's messages.
 */
export function isNarrowerAgreement(
  old: { scope: ChatAgreementScope; textRetentionDays: number | null },
  next: { scope: ChatAgreementScope; textRetentionDays?: number | null },
): boolean {
  if (old.scope !== 'analysis_and_text') return false;
  if (next.scope === 'analysis') return true;
  return (next.textRetentionDays ?? 0) < (old.textRetentionDays ?? 0);
}
