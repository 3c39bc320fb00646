import { randomUUID } from 'node:crypto';
import type { ProposalContentInput } from '@seedbed/core';
import type { Db } from '@seedbed/db';
import type { Client } from './api';
import type { demoIds } from './demo-ids';
import { grantRoundInput } from './grant-rounds';

type Ids = Awaited<ReturnType<typeof demoIds>>;

/** A round staff made from the defaults and published, targeting the demo team's home community. */
export async function publishedRound(
  db: Db,
  staff: Client,
  ids: Ids,
  overrides: Parameters<typeof grantRoundInput>[2] = {},
) {
  const made = await staff.post(
    '/api/grant-rounds',
    await grantRoundInput(db, { streetId: ids.mainStreetId, communityId: ids.homeCommunityId }, overrides),
  );
  if (made.status !== 201) throw new Error(`round: ${made.status} ${JSON.stringify(made.body)}`);
  const published = await staff.post(`/api/grant-rounds/${made.body.id}/publish`);
  if (published.status !== 200) throw new Error(`publish: ${published.status}`);
  return published.body as { id: string; code: string; rubric: { key: string; maxPoints: number }[] };
}

/** The demo leader's and member's people: the team roles a proposal names. */
export async function teamPeople(db: Db) {
  const rows = await db
    .selectFrom('users')
    .select(['username', 'person_id'])
    .where('username', 'in', ['leader', 'member'])
    .execute();
  const personOf = (name: string) => rows.find((row) => row.username === name)!.person_id!;
  return { leaderPersonId: personOf('leader'), memberPersonId: personOf('member') };
}

/** A proposal's content a leader could write: ¥1,500.00 of flowers over four months. */
export async function proposalContent(
  db: Db,
  overrides: Partial<ProposalContentInput> = {},
): Promise<ProposalContentInput> {
  const people = await teamPeople(db);
  return {
    title: '楼道花园',
    publicIssue: '楼道里堆满杂物，邻居们想一起种花。',
    goal: '三个楼道变成花园',
    targets: [{ text: '参与的邻居', quantity: 30, unit: '人' }],
    team: [
      { personId: people.leaderPersonId, role: '队长' },
      { personId: people.memberPersonId, role: '记账' },
    ],
    leaderPersonId: people.leaderPersonId,
    planItems: [
      { key: 'p1', title: '清理楼道', plannedMonth: '2026-08' },
      { key: 'p2', title: '一起种花', plannedMonth: '2026-09' },
    ],
    budgetLines: [
      { key: 'b1', category: 'materials', item: '花苗', unitPriceFen: 500, quantity: 200, justification: '每层十盆' },
      { key: 'b2', category: 'materials', item: '花盆', unitPriceFen: 250, quantity: 200 },
    ],
    otherSupport: [{ kind: 'in_kind_property', source: '物业', amountFen: 20_000, description: '借用工具' }],
    projectMonths: 4,
    ...overrides,
  };
}

/** The demo leader writes and submits a proposal to `roundId`; answers its id. */
export async function submittedProposal(
  db: Db,
  leader: Client,
  ids: Ids,
  roundId: string,
  overrides: Partial<ProposalContentInput> = {},
) {
  const made = await leader.post('/api/grant-proposals', {
    id: randomUUID(),
    roundId,
    organizationId: ids.organizationId,
    content: await proposalContent(db, overrides),
  });
  if (made.status !== 201) throw new Error(`proposal: ${made.status} ${JSON.stringify(made.body)}`);
  const submitted = await leader.post(`/api/grant-proposals/${made.body.id}/submit`);
  if (submitted.status !== 200) throw new Error(`submit: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  return made.body.id as string;
}
