import type { AccessContext, AccessRow } from '../../support/access';
import { all } from '../../support/access';
import { insertChatGroup, insertChatMessages, insertChatSenders } from '../../support/chat';
import { customerGroupRoster } from '../../support/chat-roster';

/**
 * Access rows for chat groups (issue 19 part A, see access-control.test.ts): a group of 夕阳红舞蹈队
 * is read by staff and its leader (chat.read), written by staff (chat.manage). Its senders carry the
 * member's name as the export wrote it and their match to the member, so the personal-data scan meets
 * the names; the leader's answers must carry pseudonyms only (tests/api/chat-groups.test.ts checks
 * the fields), and no official, funder or expert reaches a sender.
 */

const memberOf = async (ctx: AccessContext) => {
  const user = await ctx.db
    .selectFrom('users')
    .innerJoin('people', 'people.id', 'users.person_id')
    .select(['people.id', 'people.name'])
    .where('users.username', '=', 'member')
    .executeTakeFirstOrThrow();
  return user;
};

/** A group of the team with an agreement, a sender matched to the member and one unmatched. */
async function teamGroup(ctx: AccessContext) {
  const member = await memberOf(ctx);
  const group = await insertChatGroup(
    ctx.db,
    { streetId: ctx.ids.mainStreetId, organizationId: ctx.ids.organizationId },
    { agreed: 'analysis', name: `访问控制群 ${ctx.n}` },
  );
  const [matched, unmatched] = await insertChatSenders(ctx.db, group, [
    { displayName: member.name, personId: member.id },
    { displayName: member.name.slice(0, 2) },
  ]);
  await insertChatMessages(ctx.db, group, [{ senderId: matched!, sentAt: '2026-06-01T01:00:00Z' }]);
  return { ...group, agreementId: group.agreementId!, matched: matched!, unmatched: unmatched!, member };
}

const readers = all(403, { admin: 200, staff: 200, leader: 200 });
const managers = (status: number) => all(403, { admin: status, staff: status });

export const chatGroupsAccessRows: AccessRow[] = [
  {
    name: 'a team’s group chats',
    route: 'GET /api/chat-groups',
    call: async (c, ctx) => {
      await teamGroup(ctx);
      return c.get(`/api/chat-groups?organizationId=${ctx.ids.organizationId}`);
    },
    expect: readers,
  },
  {
    name: 'record a group chat',
    route: 'POST /api/chat-groups',
    call: (c, ctx) =>
      c.post('/api/chat-groups', {
        organizationId: ctx.ids.organizationId,
        name: `新群 ${ctx.n}`,
        platform: 'wechat',
        creationWay: 'by_organization',
        layer: 'general',
        staffIn: true,
      }),
    expect: managers(201),
  },
  {
    name: 'a group chat',
    route: 'GET /api/chat-groups/{id}',
    call: async (c, ctx) => c.get(`/api/chat-groups/${(await teamGroup(ctx)).groupId}`),
    expect: readers,
  },
  {
    name: 'change a group chat’s record',
    route: 'PATCH /api/chat-groups/{id}',
    call: async (c, ctx) => c.patch(`/api/chat-groups/${(await teamGroup(ctx)).groupId}`, { adoptionStep: 3 }),
    expect: managers(200),
  },
  {
    name: 'record the organization’s agreement',
    route: 'POST /api/chat-groups/{id}/agreements',
    call: async (c, ctx) => {
      const group = await insertChatGroup(ctx.db, {
        streetId: ctx.ids.mainStreetId,
        organizationId: ctx.ids.organizationId,
      });
      return c.post(`/api/chat-groups/${group.groupId}/agreements`, {
        agreedByRole: 'leader',
        agreedOn: '2026-06-01',
        scope: 'analysis',
      });
    },
    expect: managers(201),
  },
  {
    name: 'withdraw the agreement',
    route: 'POST /api/chat-agreements/{id}/withdraw',
    call: async (c, ctx) =>
      c.post(`/api/chat-agreements/${(await teamGroup(ctx)).agreementId}/withdraw`, { withdrawnOn: '2026-06-30' }),
    expect: managers(200),
  },
  {
    name: 'a group’s senders (names only with person.read)',
    route: 'GET /api/chat-groups/{id}/senders',
    call: async (c, ctx) => c.get(`/api/chat-groups/${(await teamGroup(ctx)).groupId}/senders`),
    expect: readers,
  },
  {
    name: 'people who may be the unmatched senders',
    route: 'GET /api/chat-groups/{id}/sender-suggestions',
    call: async (c, ctx) => c.get(`/api/chat-groups/${(await teamGroup(ctx)).groupId}/sender-suggestions`),
    expect: managers(200),
  },
  {
    name: 'confirm a sender’s match to a person',
    route: 'PATCH /api/chat-senders/{id}',
    call: async (c, ctx) => {
      const group = await teamGroup(ctx);
      return c.patch(`/api/chat-senders/${group.unmatched}`, { personId: group.member.id });
    },
    expect: managers(200),
  },
  {
    name: 'upload a WeCom member list (counts only in the answer)',
    route: 'POST /api/chat-groups/{id}/roster',
    call: async (c, ctx) =>
      c.post(`/api/chat-groups/${(await teamGroup(ctx)).groupId}/roster`, customerGroupRoster(`wrAccess${ctx.n}`)),
    expect: managers(200),
  },
  {
    name: 'the street’s topic dictionary',
    route: 'GET /api/streets/{id}/chat-topic-words',
    call: (c, ctx) => c.get(`/api/streets/${ctx.ids.mainStreetId}/chat-topic-words`),
    expect: managers(200),
  },
  {
    name: 'add a word to the topic dictionary',
    route: 'POST /api/streets/{id}/chat-topic-words',
    call: (c, ctx) =>
      c.post(`/api/streets/${ctx.ids.mainStreetId}/chat-topic-words`, { word: `议事${ctx.n}`, category: 'public' }),
    expect: managers(201),
  },
  {
    name: 'remove a word from the topic dictionary',
    route: 'DELETE /api/chat-topic-words/{id}',
    call: async (c, ctx) => {
      const id = crypto.randomUUID();
      await ctx.db
        .insertInto('chat_topic_words')
        .values({ id, street_id: ctx.ids.mainStreetId, word: `删除${ctx.n}`, category: 'greeting', created_by: null })
        .execute();
      return c.call('DELETE', `/api/chat-topic-words/${id}`);
    },
    expect: managers(200),
  },
];
