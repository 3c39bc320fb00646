import { type ChatMessageKind, type ChatMessageRecord, type ChatRosterSpan, isSpokenKind } from '@seedbed/core';
import { sql } from 'kysely';
import type { Db } from '../connection';

/** Rows read per query: a year of a busy group is read in slices, never in one result. */
const chunkRows = 20_000;

export interface LoadedChatMessage extends ChatMessageRecord {
  readonly topicClass: string | null;
}

/**
 * A group's spoken messages' metadata sent in [start, end) (epoch ms), oldest first, read in
 * bounded chunks by (sent_at, source_ref) — the order of the group's time index. Never the text: the analysis needs who, when, whom they quoted and
 * mentioned. A quote's author is the quoted message's sender when that message was imported, else
 * the author the export named (`quoted_sender_id`).
 */
export async function loadChatMessages(
  db: Db,
  groupId: string,
  start: number,
  end: number,
): Promise<LoadedChatMessage[]> {
  const messages: LoadedChatMessage[] = [];
  let after: { sentAt: Date; sourceRef: string } | null = null;
  for (;;) {
    let query = db
      .selectFrom('chat_messages as m')
      .leftJoin('chat_messages as q', (join) =>
        join.onRef('q.group_id', '=', 'm.group_id').onRef('q.source_ref', '=', 'm.reply_to_source_ref'),
      )
      .select([
        'm.source_ref',
        'm.sender_id',
        'm.sent_at',
        'm.kind',
        'm.reply_to_source_ref',
        sql<string | null>`coalesce(q.sender_id, m.quoted_sender_id)`.as('quoted_sender'),
        'm.mention_sender_ids',
        'm.topic_class',
      ])
      .where('m.group_id', '=', groupId)
      .where('m.sender_id', 'is not', null)
      .where('m.sent_at', '>=', new Date(start))
      .where('m.sent_at', '<', new Date(end))
      .orderBy('m.sent_at')
      .orderBy('m.source_ref')
      .limit(chunkRows);
    if (after) {
      const { sentAt, sourceRef } = after;
      query = query.where((eb) =>
        eb.or([
          eb('m.sent_at', '>', sentAt),
          eb.and([eb('m.sent_at', '=', sentAt), eb('m.source_ref', '>', sourceRef)]),
        ]),
      );
    }
    const rows = await query.execute();
    for (const row of rows) {
      if (!isSpokenKind(row.kind as ChatMessageKind)) continue;
      messages.push({
        id: row.source_ref,
        sender: row.sender_id!,
        sentAt: row.sent_at.getTime(),
        quotedMessageId: row.reply_to_source_ref,
        quotedSender: row.quoted_sender,
        mentions: row.mention_sender_ids,
        topicClass: row.topic_class,
      });
    }
    if (rows.length < chunkRows) return messages;
    const last = rows.at(-1)!;
    after = { sentAt: last.sent_at, sourceRef: last.source_ref };
  }
}

export interface ChatRosterMember extends ChatRosterSpan {
  readonly pseudonymNumber: number;
  readonly displayName: string | null;
  readonly personId: string | null;
  readonly personName: string | null;
  readonly isStaff: boolean;
}

/** The group's senders, silent ones too (a roster member who never speaks is a node), by pseudonym. */
export async function loadChatRoster(db: Db, groupId: string): Promise<ChatRosterMember[]> {
  const rows = await db
    .selectFrom('chat_senders as s')
    .leftJoin('people as p', 'p.id', 's.person_id')
    .select([
      's.id',
      's.pseudonym_number',
      's.display_name',
      's.person_id',
      'p.name',
      's.is_staff',
      's.joined_at',
      's.left_at',
    ])
    .where('s.group_id', '=', groupId)
    .orderBy('s.pseudonym_number')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    joinedAt: row.joined_at?.getTime() ?? null,
    leftAt: row.left_at?.getTime() ?? null,
    pseudonymNumber: row.pseudonym_number,
    displayName: row.display_name,
    personId: row.person_id,
    personName: row.name,
    isStaff: row.is_staff,
  }));
}
