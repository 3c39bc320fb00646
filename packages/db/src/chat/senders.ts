import {
  type ChatSender,
  type ChatSenderSuggestion,
  type ChatSenderUpdate,
  chatSenderPseudonym,
  fail,
  normalisedChatName,
  ok,
  type Result,
  rankMatchCandidates,
} from '@seedbed/core';
import { sql } from 'kysely';
import { recordAudit } from '../audit';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';

/**
 * A group's senders (issue 19 "Senders are matched to people and members"): everything the store
 * knows of each; what a role sees of it is core's `chatSenderAsSeenBy`, applied by the route.
 */

const instant = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null);

export async function listChatSenders(call: StoreContext, groupId: string): Promise<Result<ChatSender[]>> {
  const group = await findInScope(call, 'chat_groups', groupId, { includeGone: true });
  if (!group.ok) return group;
  const rows = await call.db
    .selectFrom('chat_senders as s')
    .leftJoin('people as p', 'p.id', 's.person_id')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('chat_messages as m')
          .select([
            'm.sender_id',
            (m) => m.fn.countAll<string>().as('n'),
            (m) => m.fn.min('m.sent_at').as('first'),
            (m) => m.fn.max('m.sent_at').as('last'),
          ])
          .where('m.group_id', '=', groupId)
          .groupBy('m.sender_id')
          .as('c'),
      (join) => join.onRef('c.sender_id', '=', 's.id'),
    )
    .select([
      's.id',
      's.group_id',
      's.pseudonym_number',
      's.display_name',
      's.person_id',
      's.is_staff',
      's.joined_at',
      's.left_at',
      'p.name as person_name',
      'c.n',
      'c.first',
      'c.last',
    ])
    .where('s.group_id', '=', groupId)
    .orderBy('s.pseudonym_number')
    .execute();
  return ok(
    rows.map((row) => ({
      id: row.id,
      groupId: row.group_id,
      pseudonym: chatSenderPseudonym(row.pseudonym_number),
      messageCount: Number(row.n ?? 0),
      firstSeenAt: instant(row.first as Date | null),
      lastSeenAt: instant(row.last as Date | null),
      joinedAt: instant(row.joined_at),
      leftAt: instant(row.left_at),
      isStaff: row.is_staff,
      isMatched: row.person_id !== null,
      displayName: row.display_name,
      person: row.person_id && row.person_name ? { id: row.person_id, name: row.person_name } : null,
    })),
  );
}

/** At most this many candidates per sender: staff pick among a few, not a list of the street. */
const candidatesPerSender = 5;

/**
 * For each unmatched sender with a name, the people of the group's street one of its names (the
 * display name and every other name the exports gave it) equals, is in, or contains — and members of
 * the group's organization a nickname calls by their surname (王阿姨, 老王): core's rankMatchCandidates,
 * members first, each with its reason. Erased and merged-away people are never suggested.
 */
export async function suggestChatSenderMatches(
  call: StoreContext,
  groupId: string,
): Promise<Result<ChatSenderSuggestion[]>> {
  const group = await findInScope(call, 'chat_groups', groupId, { includeGone: true });
  if (!group.ok) return group;
  const senders = (
    await call.db
      .selectFrom('chat_senders')
      .select(['id', 'display_name', 'other_names', 'pseudonym_number'])
      .where('group_id', '=', groupId)
      .where('person_id', 'is', null)
      .where('is_staff', '=', false)
      .where((eb) => eb.or([eb('display_name', 'is not', null), sql<boolean>`cardinality(other_names) > 0`]))
      .orderBy('pseudonym_number')
      .execute()
  )
    .map((s) => ({ ...s, names: [...new Set([s.display_name ?? '', ...s.other_names].filter(Boolean))] }))
    .filter((s) => s.names.some((name) => normalisedChatName(name).length > 0));
  if (senders.length === 0) return ok([]);
  const names = [...new Set(senders.flatMap((s) => s.names.map(normalisedChatName)))].filter(Boolean);
  const organizationId = group.value.organization_id ?? '00000000-0000-0000-0000-000000000000';
  const isMember = sql<boolean>`exists (select 1 from organization_members om
    where om.person_id = p.id and om.organization_id = ${organizationId})`;
  const people = await call.db
    .selectFrom('people as p')
    .select(['p.id', 'p.name', isMember.as('is_member')])
    .where('p.street_id', '=', group.value.street_id)
    .where('p.erased_at', 'is', null)
    .where('p.merged_into', 'is', null)
    .where(
      sql<boolean>`(${isMember} or exists (select 1 from unnest(${names}::text[]) as d(name)
        where lower(p.name) = d.name
           or (char_length(p.name) >= 2 and strpos(d.name, lower(p.name)) > 0)
           or (char_length(d.name) >= 2 and strpos(lower(p.name), d.name) > 0)))`,
    )
    .limit(2000)
    .execute();
  const candidates = people.map((p) => ({ personId: p.id, name: p.name, isMember: Boolean(p.is_member) }));
  return ok(
    senders
      .map((sender) => ({
        senderId: sender.id,
        pseudonym: chatSenderPseudonym(sender.pseudonym_number),
        displayName: sender.display_name ?? sender.names[0] ?? '',
        candidates: rankMatchCandidates(sender.names, candidates).slice(0, candidatesPerSender),
      }))
      .filter((suggestion) => suggestion.candidates.length > 0),
  );
}

/**
 * Staff confirm a match (`personId`), undo it (`null`), or flag a sender as staff. Audited with ids
 * only: an audit row that copied the export's name would outlive a withdrawal or an erasure.
 */
export function updateChatSender(
  call: StoreContext,
  senderId: string,
  input: ChatSenderUpdate,
): Promise<Result<{ groupId: string }>> {
  return inTransaction(call, async (tx) => {
    const sender = await findInScope(tx, 'chat_senders', senderId, { forUpdate: true });
    if (!sender.ok) return sender;
    if (input.personId) {
      const person = await tx.db
        .selectFrom('people')
        .select('id')
        .where('id', '=', input.personId)
        .where('street_id', '=', sender.value.street_id)
        .where('erased_at', 'is', null)
        .where('merged_into', 'is', null)
        .executeTakeFirst();
      if (!person) return fail('chat.match_out_of_street');
    }
    const match =
      input.personId === undefined
        ? {}
        : input.personId === null
          ? { person_id: null, matched_by: null, matched_at: null }
          : { person_id: input.personId, matched_by: tx.actor.userId, matched_at: tx.actor.now };
    await tx.db
      .updateTable('chat_senders')
      .set({ ...match, ...(input.isStaff !== undefined && { is_staff: input.isStaff }) })
      .where('id', '=', senderId)
      .execute();
    await recordAudit(tx.db, tx.actor, {
      action:
        input.personId === undefined
          ? 'chat.sender.flag'
          : input.personId
            ? 'chat.sender.match'
            : 'chat.sender.unmatch',
      tableName: 'chat_senders',
      recordId: senderId,
      streetId: sender.value.street_id,
      before: { personId: sender.value.person_id, isStaff: sender.value.is_staff },
      after: {
        personId: input.personId === undefined ? sender.value.person_id : input.personId,
        isStaff: input.isStaff ?? sender.value.is_staff,
      },
    });
    return ok({ groupId: sender.value.group_id });
  });
}
