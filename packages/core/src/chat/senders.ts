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

/** A candidate person for an unmatched sender, and why. */
export const chatSenderSuggestionSchema = z.object({
  senderId: idSchema,
  pseudonym: z.string(),
  displayName: z.string(),
  candidates: z.array(
    z.object({
      personId: idSchema,
      name: z.string(),
      isMember: z.boolean(),
      closeness: z.enum(['same', 'contains', 'contained']),
    }),
  ),
});
export const chatSenderSuggestionListSchema = z.object({ suggestions: z.array(chatSenderSuggestionSchema) });
export type ChatSenderSuggestion = z.infer<typeof chatSenderSuggestionSchema>;

export interface MatchCandidate {
  personId: string;
  name: string;
  isMember: boolean;
}
export type MatchCloseness = 'same' | 'contains' | 'contained';

/** WeChat names carry decorations (🌸王秀英🌸, 王秀英-舞蹈队, "A 王秀英"): compare letters and digits only. */
export function normalisedChatName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * People who may be the sender, best first: the same name, then the display name containing the
 * person's name (王秀英舞蹈队 ⊇ 王秀英), then the person's name containing it (秀英 ⊆ 王秀英); members of the
 * group's organization before other people; then by name. A name of one character matches only
 * exactly (a single 王 is in too many names). Staff confirm; nothing here matches by itself.
 */
export function rankMatchCandidates(
  displayName: string,
  people: readonly MatchCandidate[],
): Array<MatchCandidate & { closeness: MatchCloseness }> {
  const sender = normalisedChatName(displayName);
  if (!sender) return [];
  const order: Record<MatchCloseness, number> = { same: 0, contains: 1, contained: 2 };
  const ranked: Array<MatchCandidate & { closeness: MatchCloseness }> = [];
  for (const person of people) {
    const name = normalisedChatName(person.name);
    if (!name) continue;
    let closeness: MatchCloseness | null = null;
    if (name === sender) closeness = 'same';
    else if (name.length >= 2 && sender.includes(name)) closeness = 'contains';
    else if (sender.length >= 2 && name.includes(sender)) closeness = 'contained';
    if (closeness) ranked.push({ ...person, closeness });
  }
  return ranked.sort(
    (a, b) =>
      order[a.closeness] - order[b.closeness] ||
      Number(b.isMember) - Number(a.isMember) ||
      a.name.localeCompare(b.name, 'zh-CN') ||
      a.personId.localeCompare(b.personId),
  );
}
