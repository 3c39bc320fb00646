import { randomUUID } from 'node:crypto';
import { activityMatchWords } from '@seedbed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordActivity } from '../support/activities';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { insertChatGroup } from '../support/chat-fixture';
import { demoIds } from '../support/demo-ids';

/**
 * The adoption step suggested from the trail (issue 19), worked out by hand in March 2019, long before
 * the demo's year of chat and its activities. Every group is the chat fixture's (four messages on Monday
 * 4 March, two of them by A; the fixture records step 3), plus one message of A on Mondays 11 and 18
 * March. The trail ends on 18 March, so the eight weeks read run from 22 January (18 March − 55 days) to
 * 18 March: 4 March is day 41 (week 6 of 8), 11 March week 7, 18 March week 8.
 * - `leader`: A matched to the team's leader → the leaders posted in 3 weeks (4 messages) → step 4;
 *   the team's two activities of 11 and 18 March find neither photos nor words about them in it.
 * - `reported`: the same, plus on 11 and 18 March a photo and a message carrying the activities' title
 *   words → both activities corroborated (2 of 2) → step 5.
 * - `unmatched`: nobody matched to a leader → step 3, and the evidence says so.
 * - `unagreed`: no agreement in force → no suggestion.
 */
let api: TestApi;
let staff: Client;
const title = '舞蹈排练';
const groups = { leader: '', reported: '', unmatched: '', unagreed: '' };

beforeAll(async () => {
  api = await startTestApi();
  const ids = await demoIds(api.db);
  staff = await api.as('staff');
  const leader = await api.db
    .selectFrom('organization_members')
    .select('person_id')
    .where('organization_id', '=', ids.organizationId)
    .where('role', '=', 'leader')
    .where('left_on', 'is', null)
    .executeTakeFirstOrThrow();
  const place = { streetId: ids.mainStreetId, organizationId: ids.organizationId, day: '2019-03-04' };
  const trail = async (name: string, options: { personId?: string; agreed?: boolean; reported?: boolean }) => {
    const made = await insertChatGroup(api.db, { ...place, name, ...options });
    const message = (ref: string, at: string, extra: Record<string, unknown> = {}) => ({
      group_id: made.groupId,
      source_ref: ref,
      sender_id: made.senders.A,
      sent_at: new Date(at),
      kind: 'text',
      topic_class: 'other' as const,
      ...extra,
    });
    const rows = [message('w2', '2019-03-11T21:00:00+08:00'), message('w3', '2019-03-18T09:00:00+08:00')];
    if (options.reported) {
      for (const day of ['11', '18']) {
        rows.push(
          message(`photo-${day}`, `2019-03-${day}T20:40:00+08:00`, { kind: 'image', sender_id: made.senders.B }),
          message(`report-${day}`, `2019-03-${day}T20:45:00+08:00`, {
            sender_id: made.senders.C,
            topic_words: activityMatchWords(title),
          }),
        );
      }
    }
    await api.db.insertInto('chat_messages').values(rows).execute();
    return made.groupId;
  };
  groups.leader = await trail('采纳·负责人发言', { personId: leader.person_id });
  groups.reported = await trail('采纳·活动汇报', { personId: leader.person_id, reported: true });
  groups.unmatched = await trail('采纳·未匹配', {});
  groups.unagreed = await trail('采纳·未同意', { personId: leader.person_id, agreed: false });
  for (const day of ['2019-03-11', '2019-03-18']) await recordActivity(staff, ids.organizationId, title, day);
});
afterAll(() => api.close());

const suggestionOf = (client: Client, id: string) => client.get(`/api/chat-groups/${id}/adoption-suggestion`);
const period = { from: '2019-01-22', to: '2019-03-18' };

describe('the adoption step suggested from the trail', () => {
  it('4 when the leader posts in three weeks, with the evidence in numbers', async () => {
    const { status, body } = await suggestionOf(staff, groups.leader);
    expect(status).toBe(200);
    expect(body).toMatchObject({ confirmedStep: 3, period, noSuggestion: null });
    expect(body.suggestion).toEqual({
      step: 4,
      differsFromConfirmed: true,
      evidence: [
        { code: 'trail', values: { weeks: 8, messages: 6 } },
        { code: 'leader_posts', values: { weeks: 3, messages: 4, needed: 3 } },
        { code: 'reports', values: { held: 2, corroborated: 0, needed: 2 } },
      ],
    });
  });

  it('5 when photos and reports of the activities appear in the group', async () => {
    const { body } = await suggestionOf(staff, groups.reported);
    expect(body.suggestion.step).toBe(5);
    expect(body.suggestion.evidence).toContainEqual({
      code: 'reports',
      values: { held: 2, corroborated: 2, needed: 2 },
    });
    expect(body.suggestion.evidence[0]).toEqual({ code: 'trail', values: { weeks: 8, messages: 10 } });
  });

  it('3 when no sender is matched to a leader, saying so', async () => {
    const { body } = await suggestionOf(staff, groups.unmatched);
    expect(body.suggestion).toEqual({
      step: 3,
      differsFromConfirmed: false,
      evidence: [
        { code: 'trail', values: { weeks: 8, messages: 6 } },
        { code: 'leader_unmatched', values: {} },
      ],
    });
  });

  it('none without an agreement in force, the confirmed step still shown', async () => {
    const { status, body } = await suggestionOf(staff, groups.unagreed);
    expect(status).toBe(200);
    expect(body).toMatchObject({ confirmedStep: 3, noSuggestion: 'no_agreement', suggestion: null, period: null });
  });

  it('is confirmed through the group’s PATCH, which records who confirmed it (audited)', async () => {
    const confirmed = await staff.patch(`/api/chat-groups/${groups.reported}`, { adoptionStep: 5 });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    const { body } = await suggestionOf(staff, groups.reported);
    expect(body).toMatchObject({ confirmedStep: 5, suggestion: { step: 5, differsFromConfirmed: false } });
    expect(body.confirmedByName).toBeTruthy();
    expect(body.confirmedAt).not.toBeNull();
    const audit = await api.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('record_id', '=', groups.reported)
      .execute();
    expect(audit.length).toBe(1);
    expect(JSON.stringify(audit[0]!.after)).toContain('"adoption_step":5');
  });

  it('is staff’s: the team’s leader and unknown groups are refused', async () => {
    const leader = await api.as('leader');
    expect((await suggestionOf(leader, groups.leader)).status).toBe(403);
    expect((await suggestionOf(staff, randomUUID())).status).toBe(404);
  });
});
