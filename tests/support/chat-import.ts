import { randomUUID } from 'node:crypto';
import type { Db } from '@seedbed/db';
import { vi } from 'vitest';
import type { Client, TestApi } from './api';

/**
 * A group chat of an organization with the organization's agreement, written directly (the groups'
 * own routes are part A's): `scope` 'analysis' keeps no text, 'analysis_and_text' keeps it 30 days.
 */
export async function chatGroupWithAgreement(
  db: Db,
  place: { streetId: string; organizationId: string | null },
  scope: 'analysis' | 'analysis_and_text' | 'none' = 'analysis',
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('chat_groups')
    .values({
      id,
      street_id: place.streetId,
      organization_id: place.organizationId,
      name: `测试群 ${id.slice(0, 4)}`,
      platform: 'wechat',
      creation_way: 'by_organization',
      layer: 'general',
      staff_in: true,
    })
    .execute();
  if (scope !== 'none')
    await db
      .insertInto('chat_agreements')
      .values({
        id: randomUUID(),
        street_id: place.streetId,
        group_id: id,
        agreed_by_role: 'leader',
        agreed_on: '2020-01-01',
        scope,
        text_retention_days: scope === 'analysis_and_text' ? 30 : null,
        note: '',
      })
      .execute();
  return id;
}

/** Uploads an export as the web page does: the raw file as the body, its name and choices in the query. */
export async function uploadChatExport(
  api: Pick<TestApi, 'request'>,
  client: Client,
  groupId: string,
  body: Uint8Array | string,
  query: Record<string, string> = {},
) {
  const search = new URLSearchParams({ name: 'export.txt', ...query });
  const response = await api.request(`/api/chat-groups/${groupId}/imports?${search}`, {
    method: 'POST',
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': 'application/octet-stream' },
    body: (typeof body === 'string' ? new TextEncoder().encode(body) : body) as BodyInit,
  });
  return { status: response.status, body: (await response.json()) as any };
}

/** Waits until the import has ended (done or failed), reading it as its page does. */
export async function importEnded(client: Client, importId: string) {
  return vi.waitFor(
    async () => {
      const found = await client.get(`/api/chat-imports/${importId}`);
      if (found.body.status !== 'done' && found.body.status !== 'failed') throw new Error(`still ${found.body.status}`);
      return found.body;
    },
    { timeout: 60_000, interval: 50 },
  );
}

/** Uploads and waits for the job's end. */
export async function importChatExport(
  api: Pick<TestApi, 'request'>,
  client: Client,
  groupId: string,
  body: Uint8Array | string,
  query: Record<string, string> = {},
) {
  const uploaded = await uploadChatExport(api, client, groupId, body, query);
  if (uploaded.status !== 202) throw new Error(`upload refused: ${JSON.stringify(uploaded.body)}`);
  return importEnded(client, uploaded.body.id);
}

export async function groupMessages(db: Db, groupId: string) {
  return db.selectFrom('chat_messages').selectAll().where('group_id', '=', groupId).orderBy('sent_at').execute();
}

/** A queued import of a group, for tests that hand batches to the writer themselves. */
export async function queuedChatImport(db: Db, streetId: string, groupId: string): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('chat_imports')
    .values({ id, street_id: streetId, group_id: groupId, file_name: 'x.txt', file_bytes: 1, status: 'queued' })
    .execute();
  return id;
}

/** A group with an agreement and one finished import of it, for suites that need their ids (the fuzz suite). */
export async function chatImportFixture(db: Db, place: { streetId: string; organizationId: string }) {
  const groupId = await chatGroupWithAgreement(db, place);
  await db
    .insertInto('chat_imports')
    .values({
      id: randomUUID(),
      street_id: place.streetId,
      group_id: groupId,
      file_name: 'fixture.txt',
      file_bytes: 10,
      status: 'done',
    })
    .execute();
  return groupId;
}
