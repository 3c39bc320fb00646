import { z } from 'zod';

/**
 * A group's member list (issue 19, "WeCom 会话内容存档 message JSON …, with the group's member list for join
 * times"): POST /api/chat-groups/{id}/roster takes either WeCom API answer as it comes back — the customer
 * group's details (externalcontact/groupchat/get: `group_chat.member_list[]`) or the archive's internal
 * group (msgaudit/groupchat/get: `members[]`) — and `wecomGroupMembers` (./import/wecom.ts) reads it.
 * Members who never speak become senders too: they are the periphery the analysis shows.
 */

/** A member list is a JSON answer of at most a few thousand members: 4 MB is far above any real one. */
export const chatRosterMaxBytes = 4 * 1024 * 1024;

const userRef = z.string().min(1).max(200);
const epochSeconds = z.number().int().min(0).max(4_102_444_800);

/** externalcontact/groupchat/get's answer (the fields read; others are let through and ignored). */
const customerGroupAnswer = z.object({
  group_chat: z.object({
    chat_id: z.string().min(1).max(200).optional(),
    name: z.string().max(200).optional(),
    member_list: z
      .array(
        z.object({
          userid: userRef,
          name: z.string().max(200).optional(),
          group_nickname: z.string().max(200).optional(),
          join_time: epochSeconds.optional(),
        }),
      )
      .max(10_000),
  }),
});

/** msgaudit/groupchat/get's answer: the archive's internal group, members by id only. */
const internalGroupAnswer = z.object({
  roomname: z.string().max(200).optional(),
  members: z.array(z.object({ memberid: userRef, jointime: epochSeconds.optional() })).max(10_000),
});

export const chatRosterInputSchema = z.union([customerGroupAnswer, internalGroupAnswer]);
export type ChatRosterInput = z.infer<typeof chatRosterInputSchema>;

/** What the upload did, in counts only (the audit row keeps the same). */
export const chatRosterOutcomeSchema = z.object({
  membersRead: z.number().int(),
  sendersAdded: z.number().int(),
  sendersUpdated: z.number().int(),
});
export type ChatRosterOutcome = z.infer<typeof chatRosterOutcomeSchema>;
