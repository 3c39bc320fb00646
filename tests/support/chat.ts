import { randomUUID } from 'node:crypto';
import type { Db } from '@seedbed/db';

/**
 * Chat rows straight in the tables, for tests of groups, agreements and senders (issue 19 part A):
 * the importer is another part's, so senders and messages are written here as it would write them.
 */

export interface ChatGroupRows {
  groupId: string;
  streetId: string;
}

export async function insertChatGroup(
  db: Db,
  place: { streetId: string; organizationId: string | null },
  values: { name?: string; agreed?: 'analysis' | 'analysis_and_text'; agreedByPersonId?: string | null } = {},
): Promise<ChatGroupRows & { agreementId: string | null }> {
  const groupId = randomUUID();
  await db
    .insertInto('chat_groups')
    .values({
      id: groupId,
      street_id: place.streetId,
      organization_id: place.organizationId,
      name: values.name ?? `测试群 ${groupId.slice(0, 6)}`,
      platform: 'wechat',
      creation_way: 'by_organization',
      layer: place.organizationId ? 'general' : 'activists',
      sub_team_id: null,
      staff_in: true,
      adoption_step: null,
      adoption_step_confirmed_at: null,
      adoption_step_confirmed_by: null,
      created_by: null,
      archived_at: null,
    })
    .execute();
  let agreementId: string | null = null;
  if (values.agreed) {
    agreementId = randomUUID();
    await db
      .insertInto('chat_agreements')
      .values({
        id: agreementId,
        street_id: place.streetId,
        group_id: groupId,
        agreed_by_person_id: values.agreedByPersonId ?? null,
        agreed_by_role: 'leader',
        agreed_on: '2026-01-05',
        scope: values.agreed,
        text_retention_days: values.agreed === 'analysis_and_text' ? 30 : null,
        note: '',
        recorded_by: null,
      })
      .execute();
  }
  return { groupId, streetId: place.streetId, agreementId };
}

export interface SenderSpec {
  /** every name the export gave (chat_senders.other_names, 0041) */
  otherNames?: string[];
  displayName: string | null;
  personId?: string | null;
}

/** Senders 1, 2, … of the group (成员 A, B …), as an import would have met them. */
export async function insertChatSenders(db: Db, group: ChatGroupRows, senders: SenderSpec[]): Promise<string[]> {
  const ids = senders.map(() => randomUUID());
  if (senders.length === 0) return ids;
  const existing = await db
    .selectFrom('chat_senders')
    .select((eb) => eb.fn.max('pseudonym_number').as('n'))
    .where('group_id', '=', group.groupId)
    .executeTakeFirst();
  const base = Number(existing?.n ?? 0);
  await db
    .insertInto('chat_senders')
    .values(
      senders.map((sender, index) => ({
        id: ids[index]!,
        street_id: group.streetId,
        group_id: group.groupId,
        sender_ref: `wxid_${ids[index]!.slice(0, 8)}`,
        display_name: sender.displayName,
        pseudonym_number: base + index + 1,
        person_id: sender.personId ?? null,
        matched_by: null,
        matched_at: sender.personId ? new Date('2026-02-01T02:00:00Z') : null,
        joined_at: new Date('2026-01-01T02:00:00Z'),
        left_at: null,
        ...(sender.otherNames ? { other_names: sender.otherNames } : {}),
      })),
    )
    .execute();
  return ids;
}

export interface MessageSpec {
  senderId: string;
  sentAt: string;
  text?: string | null;
  textExpiresAt?: string | null;
}

export async function insertChatMessages(db: Db, group: ChatGroupRows, messages: MessageSpec[]): Promise<void> {
  if (messages.length === 0) return;
  await db
    .insertInto('chat_messages')
    .values(
      messages.map((message) => ({
        group_id: group.groupId,
        source_ref: randomUUID(),
        sender_id: message.senderId,
        sent_at: new Date(message.sentAt),
        kind: 'text',
        reply_to_source_ref: null,
        quoted_sender_id: null,
        text: message.text ?? null,
        text_expires_at: message.text ? new Date(message.textExpiresAt ?? '2027-01-01T00:00:00Z') : null,
        import_id: null,
      })),
    )
    .execute();
}

/** An import of the group with a problem list that quotes a line, as a parser may. */
export async function insertChatImport(db: Db, group: ChatGroupRows, quoted: string): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('chat_imports')
    .values({
      id,
      street_id: group.streetId,
      group_id: group.groupId,
      file_name: 'export.csv',
      file_bytes: 1234,
      format: 'wechat_csv',
      encoding: 'utf-8',
      status: 'done',
      problems: JSON.stringify([{ line: 7, code: 'chat.unknown_line', detail: quoted }]),
      problem_count: 1,
      error_code: null,
      created_by: null,
      started_at: null,
      finished_at: null,
    })
    .execute();
  return id;
}
