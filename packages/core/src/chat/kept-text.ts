import { z } from 'zod';

/**
 * The text kept under an `analysis_and_text` agreement (issue 19: text only "for a set number of days"),
 * as the group page's 最近消息 panel shows it to staff (`chat.text.read`): the newest messages whose text
 * is still kept, each with its sender (pseudonym, and name for roles that read names) and the day its
 * text will be forgotten (Asia/Shanghai). Under an analysis-only agreement `textKept` is false and
 * there are no messages.
 */
export const chatKeptTextQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ChatKeptTextQuery = z.infer<typeof chatKeptTextQuerySchema>;

export const chatKeptTextSchema = z.object({
  groupId: z.string(),
  /** the agreement in force keeps text (scope analysis_and_text) */
  textKept: z.boolean(),
  textRetentionDays: z.number().int().nullable(),
  namesShown: z.boolean(),
  messages: z.array(
    z.object({
      id: z.string(),
      sentAt: z.string(),
      kind: z.string(),
      sender: z.object({
        id: z.string().nullable(),
        /** pseudonym letters: 1 → A (成员 A) */
        pseudonym: z.string(),
        name: z.string().nullable(),
      }),
      text: z.string(),
      /** the day (Asia/Shanghai) the text will be forgotten */
      forgottenOn: z.string(),
    }),
  ),
});
export type ChatKeptText = z.infer<typeof chatKeptTextSchema>;
