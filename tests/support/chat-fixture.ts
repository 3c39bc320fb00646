import { randomUUID } from 'node:crypto';
import { activityMatchWords } from '@seedbed/core';
import type { Db } from '@seedbed/db';

/**
 * A small group chat of an organization written straight into the tables, whose network is worked out
 * by hand (tests/api/chat-analysis.test.ts): on Monday 2025-03-03, Shanghai time,
 *   10:00 A writes; 10:01 B answers (a response in turn to A);
 *   10:02 A quotes B's message (a reply to B, and a response in turn to B);
 *   10:30 C mentions A (28 minutes later: no response in turn, a mention C → A).
 * D is on the roster and never speaks. A is matched to `personId` when given (a name for staff).
 * Edges: A→B (reply 1, response 1, weight 2), B→A (response 1), C→A (mention 1).
 */
export interface ChatFixture {
  groupId: string;
  senders: { A: string; B: string; C: string; D: string };
}

export async function insertChatGroup(
  db: Db,
  options: {
    streetId: string;
    organizationId: string | null;
    personId?: string | null;
    agreed?: boolean;
    creationWay?: 'by_organization' | 'by_staff_on_trust' | 'existing_invited_staff';
    name?: string;
    /** the Monday the four messages are sent on (Shanghai); 2025-03-03 unless given */
    day?: string;
  },
): Promise<ChatFixture> {
  const groupId = randomUUID();
  await db
    .insertInto('chat_groups')
    .values({
      id: groupId,
      street_id: options.streetId,
      organization_id: options.organizationId,
      name: options.name ?? '舞蹈队总群',
      platform: 'wechat',
      creation_way: options.creationWay ?? 'by_organization',
      layer: options.organizationId ? 'general' : 'activists',
      sub_team_id: null,
      staff_in: true,
      adoption_step: 3,
    })
    .execute();
  if (options.agreed ?? true) {
    await db
      .insertInto('chat_agreements')
      .values({
        id: randomUUID(),
        street_id: options.streetId,
        group_id: groupId,
        agreed_by_role: 'leader',
        agreed_on: '2025-02-01',
        scope: 'analysis',
        text_retention_days: null,
        note: '',
        agreed_by_person_id: null,
        recorded_by: null,
        withdrawn_on: null,
        withdrawn_by: null,
        withdrawn_at: null,
      })
      .execute();
  }
  const senders = { A: randomUUID(), B: randomUUID(), C: randomUUID(), D: randomUUID() };
  const names = { A: '王秀英', B: '李桂兰', C: '张淑珍', D: '赵玉梅' };
  await db
    .insertInto('chat_senders')
    .values(
      (['A', 'B', 'C', 'D'] as const).map((letter, i) => ({
        id: senders[letter],
        street_id: options.streetId,
        group_id: groupId,
        sender_ref: `wxid_${letter.toLowerCase()}`,
        display_name: names[letter],
        pseudonym_number: i + 1,
        person_id: letter === 'A' ? (options.personId ?? null) : null,
      })),
    )
    .execute();
  const at = (time: string) => new Date(`${options.day ?? '2025-03-03'}T${time}:00+08:00`);
  const message = (ref: string, sender: string, time: string, extra: Record<string, unknown> = {}) => ({
    group_id: groupId,
    source_ref: ref,
    sender_id: sender,
    sent_at: at(time),
    kind: 'text',
    topic_class: 'other' as const,
    ...extra,
  });
  await db
    .insertInto('chat_messages')
    .values([
      message('m1', senders.A, '10:00', { topic_class: 'greeting' }),
      message('m2', senders.B, '10:01'),
      message('m3', senders.A, '10:02', { reply_to_source_ref: 'm2' }),
      message('m4', senders.C, '10:30', { mention_sender_ids: [senders.A], topic_class: 'public' }),
    ])
    .execute();
  return { groupId, senders };
}

/**
 * The activity-corroboration trail (issue 19): the organization's group holds the fixture's four
 * messages on Monday 3 March 2025 — m2 a photo, m3 carrying `title`'s words — and another group four on
 * Monday 10 March, neither photos nor about anything.
 */
export async function insertCorroborationTrail(
  db: Db,
  place: { streetId: string; organizationId: string },
  title: string,
): Promise<void> {
  const first = await insertChatGroup(db, { ...place, day: '2025-03-03' });
  await insertChatGroup(db, { ...place, day: '2025-03-10', name: '舞蹈队通知群' });
  await db
    .updateTable('chat_messages')
    .set({ kind: 'image' })
    .where('group_id', '=', first.groupId)
    .where('source_ref', '=', 'm2')
    .execute();
  await db
    .updateTable('chat_messages')
    .set({ topic_words: activityMatchWords(title) })
    .where('group_id', '=', first.groupId)
    .where('source_ref', '=', 'm3')
    .execute();
}
