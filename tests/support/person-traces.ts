import { randomUUID } from 'node:crypto';
import type { Ids } from './access';
import type { Client, TestApi } from './api';
import { insertChatGroup, insertChatMessages, insertChatSenders } from './chat';
import { postForm } from './forms';
import { grantRoundInput } from './grant-rounds';
import type { PersonTraces } from './personal-data-scan';

/**
 * The demo member — a dancer of 夕阳红舞蹈队 with an account, hours and a certificate — given a trace
 * in every place a resident's name or phone can end up without being linked to their record: a self
 * sign-in at the door, a feedback line and a quote on a published share page, a need they raised, a
 * stakeholder they are the contact of, an objection to a micro-grant round, a role in their team's
 * proposal to it (by id, inside the version's content). The erasure and export tests start from here.
 */
export interface TracedPerson extends PersonTraces {
  phone: string;
  activityId: string;
  signInCode: string;
  publicityCode: string;
  /** A micro-grant round in its 公示, where the person left an objection with their name and phone. */
  grantRoundCode: string;
}

export async function memberWithTraces(api: TestApi, ids: Ids, staff: Client): Promise<TracedPerson> {
  const { db } = api;
  const account = await db
    .selectFrom('users')
    .select('person_id')
    .where('username', '=', 'member')
    .executeTakeFirstOrThrow();
  const personId = account.person_id as string;
  const person = await db
    .selectFrom('people')
    .select(['name', 'phone'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  const namesakes = await db.selectFrom('people').select('id').where('name', '=', person.name).execute();
  if (namesakes.length !== 1 || !person.phone) throw new Error('the demo member must have a unique name and a phone');
  const street = ids.mainStreetId;

  const activityId = randomUUID();
  const signInCode = 'TRACES42';
  await db
    .insertInto('activities')
    .values({
      id: activityId,
      street_id: street,
      community_id: ids.homeCommunityId,
      run_by: 'organizations',
      title: '痕迹测试活动',
      starts_at: new Date('2026-06-29T00:00:00Z'),
      ends_at: new Date('2026-06-29T01:00:00Z'),
      openness: 'open_to_all',
      organizer_count: 2,
      served_count: 10,
      sign_in_code: signInCode,
      updated_at: new Date('2026-06-29T01:00:00Z'),
    })
    .execute();
  await db
    .insertInto('activity_organizations')
    .values({ activity_id: activityId, organization_id: ids.organizationId, street_id: street })
    .execute();
  const participantId = randomUUID();
  await db
    .insertInto('activity_participants')
    .values({ id: participantId, street_id: street, activity_id: activityId, person_id: personId, role: 'participant' })
    .execute();
  const signInId = randomUUID();
  await db
    .insertInto('activity_sign_ins')
    .values({
      id: signInId,
      street_id: street,
      activity_id: activityId,
      name: person.name,
      phone: person.phone,
      has_phone: true,
      identity_key: `phone:${person.phone}`,
      signed_at: new Date('2026-06-29T00:05:00Z'),
    })
    .execute();
  await db
    .insertInto('activity_feedback')
    .values({
      id: randomUUID(),
      street_id: street,
      activity_id: activityId,
      position: 0,
      text: '跳得很开心',
      said_by: person.name,
    })
    .execute();
  const publicityCode = 'TRACEPG1';
  await db
    .insertInto('publicity_drafts')
    .values({
      id: randomUUID(),
      street_id: street,
      activity_id: activityId,
      community_id: ids.homeCommunityId,
      code: publicityCode,
      title: '痕迹测试活动',
      quotes: JSON.stringify([{ text: '跳得很开心', saidBy: person.name, included: true, showSaidBy: true }]),
      named_participant_ids: [participantId],
      named_sign_in_ids: [signInId],
      status: 'published',
      published_at: new Date('2026-06-29T02:00:00Z'),
      updated_at: new Date('2026-06-29T02:00:00Z'),
    })
    .execute();

  // Through the routes, so the audit trail holds its copies as it would on a real street.
  const need = await staff.post(`/api/communities/${ids.homeCommunityId}/needs`, {
    description: '楼道缺少扶手',
    raisedBy: person.name,
    source: 'visit',
    recordedOn: '2026-06-28',
  });
  if (need.status !== 201) throw new Error(`need: ${need.status} ${JSON.stringify(need.body)}`);
  const stakeholder = await staff.post(`/api/communities/${ids.homeCommunityId}/stakeholders`, {
    kind: 'owners_committee',
    name: '痕迹业委会',
    contactName: person.name,
    contactPhone: person.phone,
  });
  if (stakeholder.status !== 201)
    throw new Error(`stakeholder: ${stakeholder.status} ${JSON.stringify(stakeholder.body)}`);
  // The books hold a person only in a treasurer handover 交接: the member is to take the book over.
  const handover = await staff.post(`/api/organizations/${ids.organizationId}/books/handovers`, {
    toPersonId: personId,
  });
  if (handover.status !== 201) throw new Error(`handover: ${handover.status} ${JSON.stringify(handover.body)}`);

  const round = await staff.post(
    '/api/grant-rounds',
    await grantRoundInput(db, { streetId: street, communityId: ids.homeCommunityId }),
  );
  if (round.status !== 201) throw new Error(`grant round: ${round.status} ${JSON.stringify(round.body)}`);
  await staff.post(`/api/grant-rounds/${round.body.id}/publish`);
  const objection = await postForm(api.anonymous(), `/r/${round.body.code}`, {
    text: '痕迹测试的异议',
    name: person.name,
    phone: person.phone,
    agree: 'yes',
  });
  if (objection.status !== 200) throw new Error(`objection: ${objection.status}`);
  // The team's proposal names the member in its roles: an id inside the version's JSON, no name.
  const proposal = await (await api.as('leader')).post('/api/grant-proposals', {
    roundId: round.body.id,
    organizationId: ids.organizationId,
    content: { title: '痕迹测试提案', team: [{ personId, role: '记账' }] },
  });
  if (proposal.status !== 201) throw new Error(`proposal: ${proposal.status} ${JSON.stringify(proposal.body)}`);
  // A meeting of the team held as the activity: the member attends, owns a follow-up, sits in a
  // council term and holds a ballot slip; another attendee comes from the activity's sign-in.
  const leader = await api.as('leader');
  const term = await leader.post(`/api/organizations/${ids.organizationId}/council-terms`, {
    number: 200,
    startsOn: '2026-03-01',
    memberPersonIds: [personId],
  });
  const meeting = await leader.post('/api/meetings', {
    typeId: '0d11be00-0000-4000-8000-000000000007',
    communityId: ids.homeCommunityId,
    activityId,
    title: '痕迹测试会议',
    heldOn: '2026-06-29',
  });
  const path = `/api/meetings/${meeting.body.id}`;
  const steps = [
    term,
    meeting,
    await leader.post(`${path}/attendees`, { personId }),
    await leader.post(`${path}/attendees/from-sign-ins`),
    await leader.post(`${path}/follow-ups`, { what: '痕迹测试跟进', ownerPersonId: personId }),
    await leader.post(`${path}/votes`, {
      question: '痕迹测试表决',
      kind: 'motion',
      eligibility: 'term_members',
      eligibilityId: term.body.id,
    }),
  ];
  const refused = steps.find((step) => step.status >= 300);
  if (refused) throw new Error(`meeting: ${refused.status} ${JSON.stringify(refused.body)}`);

  // The chat trail: the member agreed for the team, and is a sender staff matched, under the name
  // the export wrote, with a message whose kept text names them (issue 19).
  const chat = await insertChatGroup(
    db,
    { streetId: street, organizationId: ids.organizationId },
    { agreed: 'analysis_and_text', agreedByPersonId: personId, name: '痕迹测试群' },
  );
  const [sender] = await insertChatSenders(db, chat, [
    { displayName: person.name, personId, otherNames: [person.name, `${person.name}-舞蹈队`] },
  ]);
  await insertChatMessages(db, chat, [
    { senderId: sender!, sentAt: '2026-06-29T03:00:00Z', text: `我是${person.name}` },
  ]);

  return {
    personId,
    name: person.name,
    phone: person.phone,
    activityId,
    signInCode,
    publicityCode,
    grantRoundCode: round.body.code,
  };
}
