import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { type ChatFixture, insertChatGroup } from '../support/chat-fixture';
import { demoIds } from '../support/demo-ids';

/**
 * The text an `analysis_and_text` agreement keeps (the group page's 最近消息, issue 19): staff read the
 * newest kept messages with senders named and the day each text is forgotten; text past its day is
 * never shown even before the retention job ran; under an analysis-only agreement nobody gets text;
 * the team's leader (pseudonyms only) and everyone without person.read never reach it.
 */
let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let kept: ChatFixture;
let analysisOnly: ChatFixture;
let leaderPersonId: string;
const texts = {
  m1: '王阿姨说早上好',
  m2: '李桂兰：周六的舞蹈排练改到下午',
  m3: '好的，下午两点',
  m4: '@王秀英 音响我来借',
};

beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  leaderPersonId = (
    await api.db.selectFrom('users').select('person_id').where('username', '=', 'leader').executeTakeFirstOrThrow()
  ).person_id!;
  const place = { streetId: ids.mainStreetId, organizationId: ids.organizationId, day: '2026-06-29' };
  kept = await insertChatGroup(api.db, { ...place, personId: leaderPersonId, name: '留文字的群' });
  analysisOnly = await insertChatGroup(api.db, { ...place, name: '只分析的群' });
  await api.db
    .updateTable('chat_agreements')
    .set({ scope: 'analysis_and_text', text_retention_days: 30 })
    .where('group_id', '=', kept.groupId)
    .execute();
  for (const group of [kept, analysisOnly])
    for (const [ref, text] of Object.entries(texts))
      await api.db
        .updateTable('chat_messages')
        .set({
          text,
          // m1's days are over already (the retention job has not run yet); the others are kept to 20 July
          text_expires_at: new Date(ref === 'm1' ? '2026-06-29T12:00:00+08:00' : '2026-07-20T10:00:00+08:00'),
        })
        .where('group_id', '=', group.groupId)
        .where('source_ref', '=', ref)
        .execute();
});
afterAll(() => api.close());

const keptTextOf = (groupId: string, query = '') => `/api/chat-groups/${groupId}/kept-text${query}`;

describe('kept text on a group’s page', () => {
  it('shows staff the newest kept messages with names and the day each is forgotten, none past its day', async () => {
    const staff = await api.as('staff');
    const { status, body } = await staff.get(keptTextOf(kept.groupId));
    expect(status).toBe(200);
    expect(body).toMatchObject({ textKept: true, textRetentionDays: 30, namesShown: true });
    expect(body.messages.map((m: { text: string }) => m.text)).toEqual([texts.m4, texts.m3, texts.m2]);
    expect(body.messages.every((m: { forgottenOn: string }) => m.forgottenOn === '2026-07-20')).toBe(true);
    const bySender = Object.fromEntries(
      body.messages.map((m: { sender: { id: string; pseudonym: string; name: string | null } }) => [
        m.sender.pseudonym,
        m.sender,
      ]),
    );
    expect(bySender.C).toMatchObject({ id: kept.senders.C, name: '张淑珍' });
    expect(bySender.A.name).toBeTruthy();
    expect(bySender.A.name).not.toBe('王秀英'); // A is matched to the leader: the person's name, not the nickname
    const limited = await staff.get(keptTextOf(kept.groupId, '?limit=1'));
    expect(limited.body.messages.map((m: { text: string }) => m.text)).toEqual([texts.m4]);
  });

  it('gives nobody any text under an analysis-only agreement', async () => {
    const admin = await api.as('admin');
    const { status, body } = await admin.get(keptTextOf(analysisOnly.groupId));
    expect(status).toBe(200);
    expect(body).toMatchObject({ textKept: false, messages: [] });
    expect(JSON.stringify(body)).not.toContain('音响');
  });

  it('is never the team leader’s, an official’s or a funder’s, and the analysis carries no text for anyone', async () => {
    for (const login of ['leader', 'member', 'official', 'funder', 'assistant']) {
      const client = await api.as(login);
      expect((await client.get(keptTextOf(kept.groupId))).status, login).toBe(403);
    }
    for (const login of ['staff', 'leader']) {
      const client = await api.as(login);
      const analysis = await client.get(`/api/chat-groups/${kept.groupId}/analysis?from=2026-06-01&to=2026-06-30`);
      expect(analysis.status).toBe(200);
      for (const text of Object.values(texts)) expect(JSON.stringify(analysis.body)).not.toContain(text);
    }
  });

  it('refuses bad limits (400) and a withdrawn agreement (409), and an unknown group is 404', async () => {
    const staff = await api.as('staff');
    for (const bad of ['?limit=0', '?limit=201', '?limit=x'])
      expect((await staff.get(keptTextOf(kept.groupId, bad))).status, bad).toBe(400);
    expect((await staff.get(keptTextOf('00000000-0000-4000-8000-000000000000'))).status).toBe(404);
    await api.db
      .updateTable('chat_agreements')
      .set({ withdrawn_on: '2026-06-30', withdrawn_at: new Date() })
      .where('group_id', '=', analysisOnly.groupId)
      .execute();
    const withdrawn = await staff.get(keptTextOf(analysisOnly.groupId));
    expect(withdrawn.status).toBe(409);
    expect(withdrawn.body.code).toBe('chat.no_agreement');
  });
});
