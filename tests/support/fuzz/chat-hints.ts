import type { Db } from '@seedbed/db';
import type { Ids } from '../access';
import { insertChatGroup, insertChatMessages, insertChatSenders } from '../chat';
import { customerGroupRoster } from '../chat-roster';

/**
 * Chat groups' rules across fields (issue 19 part A), for requests.ts's hints: a team's group names
 * no street and, unless it is a 分队群, no sub-team; an analysis-only agreement keeps no text days.
 */
export const chatGroupHints: Record<string, Record<string, unknown>> = {
  'POST /api/chat-groups': { layer: 'general', subTeamId: undefined, streetId: undefined },
  'PATCH /api/chat-groups/{id}': { layer: 'general', subTeamId: undefined, archived: undefined },
  // the registry's way to record a team's group: the same rule (one table since issue 19)
  'POST /api/organizations/{id}/chat-groups': { layer: 'general', subTeamId: undefined },
  'POST /api/chat-groups/{id}/agreements': {
    scope: 'analysis',
    textRetentionDays: undefined,
    agreedByPersonId: undefined,
    agreedOn: '2026-06-01',
  },
  'POST /api/chat-agreements/{id}/withdraw': { withdrawnOn: '2026-06-30' },
  'POST /api/streets/{id}/chat-topic-words': { word: '环境', category: 'public' },
  // a member list of the other form's shape is a union member too: start from the customer group's
  'POST /api/chat-groups/{id}/roster': { group_chat: customerGroupRoster().group_chat, members: undefined },
};

/**
 * The demo street has no chat rows yet: a group of each street's team with an agreement, a sender
 * and a message, and a topic word, so the chat routes' ids are real on both sides.
 */
export async function chatFuzzFixtures(db: Db, ids: Ids): Promise<void> {
  for (const [streetId, organizationId] of [
    [ids.mainStreetId, ids.organizationId],
    [ids.otherStreetId, ids.otherOrganizationId],
  ] as const) {
    const group = await insertChatGroup(db, { streetId, organizationId }, { agreed: 'analysis' });
    const [sender] = await insertChatSenders(db, group, [{ displayName: '测试发言人' }]);
    await insertChatMessages(db, group, [{ senderId: sender!, sentAt: '2026-06-01T01:00:00Z' }]);
    await db
      .insertInto('chat_topic_words')
      .values({ id: crypto.randomUUID(), street_id: streetId, word: '助老', category: 'public', created_by: null })
      .execute();
  }
}
