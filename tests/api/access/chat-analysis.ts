import type { Db } from '@seedbed/db';
import type { AccessContext, AccessRow } from '../../support/access';
import { all } from '../../support/access';
import { insertChatGroup } from '../../support/chat-fixture';

/**
 * Access rows for the chat trail's read side (issue 19 "Views"): 夕阳红舞蹈队's group (the hand-worked
 * fixture, its member A matched to the team's member, so the personal-data scan meets a resident's
 * name where staff see names). The group page is staff's and the team leader's (`chat.read`, the
 * leader seeing pseudonyms); figures are counts for officials and funders too (`chat.figures.read`);
 * bridges are staff's (`chat.manage`).
 */
const groups = new WeakMap<Db, Promise<string>>();
function groupOf(ctx: AccessContext): Promise<string> {
  let group = groups.get(ctx.db);
  if (!group) {
    group = (async () => {
      const member = await ctx.db
        .selectFrom('users')
        .select('person_id')
        .where('username', '=', 'member')
        .executeTakeFirstOrThrow();
      const made = await insertChatGroup(ctx.db, {
        streetId: ctx.ids.mainStreetId,
        organizationId: ctx.ids.organizationId,
        personId: member.person_id,
        name: '访问控制的群',
      });
      return made.groupId;
    })();
    groups.set(ctx.db, group);
  }
  return group;
}

const period = 'from=2025-03-01&to=2025-03-31';
const figureReaders = all(403, { admin: 200, staff: 200, official: 200, street: 200, funder: 200 });

export const chatAnalysisAccessRows: AccessRow[] = [
  {
    name: 'a group’s analysis: network, trends, member table (names only for person.read)',
    route: 'GET /api/chat-groups/{id}/analysis',
    call: async (c, ctx) => c.get(`/api/chat-groups/${await groupOf(ctx)}/analysis?${period}&window=week`),
    expect: all(403, { admin: 200, staff: 200, leader: 200 }),
  },
  {
    // text can name residents: only roles that read names, never the leader who reads pseudonyms
    name: 'the text the agreement keeps, with senders and the day each is forgotten (staff)',
    route: 'GET /api/chat-groups/{id}/kept-text',
    call: async (c, ctx) => c.get(`/api/chat-groups/${await groupOf(ctx)}/kept-text`),
    expect: all(403, { admin: 200, staff: 200 }),
  },
  {
    // counts and the staff user who confirmed the step: no names of senders, for staff only
    name: 'the adoption step suggested from the trail, with its evidence in numbers (staff)',
    route: 'GET /api/chat-groups/{id}/adoption-suggestion',
    call: async (c, ctx) => c.get(`/api/chat-groups/${await groupOf(ctx)}/adoption-suggestion`),
    expect: all(403, { admin: 200, staff: 200 }),
  },
  {
    name: 'an activity’s chat mark: counts and the mark, no text or people',
    route: 'GET /api/activities/{id}/chat-corroboration',
    call: async (c, ctx) => {
      await groupOf(ctx);
      const activity = await ctx.db
        .selectFrom('activity_organizations')
        .select('activity_id')
        .where('organization_id', '=', ctx.ids.organizationId)
        .orderBy('activity_id')
        .executeTakeFirstOrThrow();
      return c.get(`/api/activities/${activity.activity_id}/chat-corroboration`);
    },
    expect: { ...figureReaders, leader: 200 },
  },
  {
    name: 'an organization’s groups with their indicators (counts)',
    route: 'GET /api/organizations/{id}/chat-figures',
    call: async (c, ctx) => {
      await groupOf(ctx);
      return c.get(`/api/organizations/${ctx.ids.organizationId}/chat-figures?${period}`);
    },
    expect: { ...figureReaders, leader: 200 },
  },
  {
    // titles, marks and counts, no people; the questions (planned dates on a silent day) are staff's
    name: 'an organization’s held and planned activities with their chat marks',
    route: 'GET /api/organizations/{id}/chat-corroboration',
    call: async (c, ctx) => {
      await groupOf(ctx);
      return c.get(`/api/organizations/${ctx.ids.organizationId}/chat-corroboration?${period}`);
    },
    expect: { ...figureReaders, leader: 200 },
  },
  {
    name: 'the street’s groups, members and density over time (counts)',
    route: 'GET /api/streets/{id}/chat-figures',
    call: async (c, ctx) => {
      await groupOf(ctx);
      return c.get(`/api/streets/${ctx.ids.mainStreetId}/chat-figures?${period}&window=month`);
    },
    // counts of the street its team lives in (the team's scope reaches its own street's record)
    expect: { ...figureReaders, leader: 200 },
  },
  {
    name: 'the street’s bridges and the network of organizations they connect (staff)',
    route: 'GET /api/streets/{id}/chat-bridges',
    call: async (c, ctx) => {
      await groupOf(ctx);
      return c.get(`/api/streets/${ctx.ids.mainStreetId}/chat-bridges?${period}`);
    },
    expect: all(403, { admin: 200, staff: 200 }),
  },
];
