import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema } from '../shared/schemas';

/**
 * The record of a 多方对话会 (multi-party dialogue meeting, seed 000 青朴: after the committee's
 * endorsement and the 立案评审, the parties meet about carrying the proposal out): when, which
 * parties came and how many of each, what was asked and what changes were agreed. Parties, not
 * names: residents are not data points (collect the minimum). The changes themselves are made by
 * the team in a new version of the proposal (提案优化).
 */
export const dialogueParties = [
  'team', // 提案团队
  'residents_committee', // 居委会
  'property', // 物业
  'residents', // 居民
  'experts', // 专家
  'staff', // 社工
  'funder', // 资助方
  'other',
] as const;
export const dialoguePartySchema = z.enum(dialogueParties);
export type DialogueParty = z.infer<typeof dialoguePartySchema>;

export const dialogueAttendanceSchema = z.object({
  party: dialoguePartySchema,
  count: z.number().int().min(1).max(500),
});

export const dialogueMeetingInputSchema = z.object({
  heldOn: isoDateSchema,
  attendance: z.array(dialogueAttendanceSchema).min(1).max(dialogueParties.length),
  questions: z.string().trim().min(1).max(5000),
  agreedChanges: z.string().trim().max(5000).default(''),
});
export type DialogueMeetingInput = z.infer<typeof dialogueMeetingInputSchema>;

export const dialogueMeetingSchema = dialogueMeetingInputSchema.extend({
  id: idSchema,
  proposalId: idSchema,
  recordedAt: isoDateTimeSchema,
});
export type DialogueMeeting = z.infer<typeof dialogueMeetingSchema>;
