import { z } from 'zod';
import { can } from '../permissions';
import type { Role } from '../shared/roles';
import { idSchema, isoDateTimeSchema } from '../shared/schemas';
import type { ChatAgreement, ChatTrailGroup } from './groups';
import { pseudonymLetters } from './pseudonym';

/**
 * A sender seen in a group's exports (issue 19 "Senders are matched to people and members"): a stable
 * per-group pseudonym 成员 A, B…, counts, and — only for roles that may read residents' names
 * (`person.read`) — the name the export wrote and the person staff matched.
 */
export const chatSenderSchema = z.object({
  id: idSchema,
  groupId: idSchema,
  pseudonym: z.string(),
  messageCount: z.number().int(),
  firstSeenAt: isoDateTimeSchema.nullable(),
  lastSeenAt: isoDateTimeSchema.nullable(),
  joinedAt: isoDateTimeSchema.nullable(),
  leftAt: isoDateTimeSchema.nullable(),
  isStaff: z.boolean(),
  isMatched: z.boolean(),
  /** null for roles without person.read */
  displayName: z.string().nullable(),
  person: z.object({ id: idSchema, name: z.string() }).nullable(),
});
export type ChatSender = z.infer<typeof chatSenderSchema>;

export const chatSenderListSchema = z.object({ senders: z.array(chatSenderSchema), namesShown: z.boolean() });

/** The pseudonym's letters only (the web says 成员 A / Member A). */
export function chatSenderPseudonym(pseudonymNumber: number): string {
  return pseudonymLetters(pseudonymNumber);
}

/**
 * A sender as a role sees it: the export's name and the matched person only with `person.read`;
 * whether a match exists is not personal (it says a resident was found, not who).
 */
export function chatSenderAsSeenBy(role: Role, sender: ChatSender): ChatSender {
  return can(role, 'person.read') ? sender : { ...sender, displayName: null, person: null };
}

/**
 * A group as a role sees it: who agreed for the organization (a person's id and name) only with
 * `person.read` — a team's leader sees that an agreement is in force, its date and scope, not who gave it.
 */
export function chatTrailGroupAsSeenBy(role: Role, group: ChatTrailGroup): ChatTrailGroup {
  if (can(role, 'person.read')) return group;
  const anonymous = (agreement: ChatAgreement) => ({ ...agreement, agreedByPersonId: null, agreedByName: null });
  return {
    ...group,
    agreement: group.agreement === null ? null : anonymous(group.agreement),
    pastAgreements: group.pastAgreements.map(anonymous),
  };
}

/**
 * PATCH /api/chat-senders/{id}: confirm a match (`personId`), undo it (`personId: null`), or flag the
 * sender as staff. Staff only (chat.manage).
 */
export const chatSenderUpdateSchema = z
  .object({ personId: idSchema.nullable().optional(), isStaff: z.boolean().optional() })
  .refine((value) => value.personId !== undefined || value.isStaff !== undefined, { message: 'nothing to change' });
export type ChatSenderUpdate = z.infer<typeof chatSenderUpdateSchema>;

export * from './sender-matching';
