import type { ProposalContentInput } from '@seedbed/core';
import type { Db } from '@seedbed/db';
import type { Client } from './api';
import type { demoIds } from './demo-ids';
import { publishedRound, submittedProposal } from './grant-proposals';

type Ids = Awaited<ReturnType<typeof demoIds>>;

/**
 * The committee's decision on a proposal, straight in the table: the review and selection work
 * (another part of issue 17) writes it through its own routes; the money work only reads it.
 */
export async function approveProposal(db: Db, proposalId: string, approvedFen: number) {
  const proposal = await db
    .selectFrom('grant_proposals')
    .select('current_version')
    .where('id', '=', proposalId)
    .executeTakeFirstOrThrow();
  await db
    .updateTable('grant_proposals')
    .set({
      determination: 'approved',
      approved_fen: approvedFen,
      determination_reason: '评审通过，按预算比例核减。',
      determined_at: new Date('2026-06-20T02:00:00Z'),
      determined_version: proposal.current_version,
    })
    .where('id', '=', proposalId)
    .execute();
}

/**
 * A round, the demo team's proposal of ¥1,500.00 (花苗 ¥1,000 + 花盆 ¥500, support/grant-proposals.ts),
 * approved at `approvedFen`, and its agreement made by staff: answers the agreement.
 */
export async function grantAgreement(
  db: Db,
  clients: { staff: Client; leader: Client },
  ids: Ids,
  options: { approvedFen?: number; tolerancePercent?: number; proposal?: Partial<ProposalContentInput> } = {},
) {
  const round = await publishedRound(db, clients.staff, ids);
  const proposalId = await submittedProposal(db, clients.leader, ids, round.id, options.proposal);
  await approveProposal(db, proposalId, options.approvedFen ?? 120_000);
  const made = await clients.staff.post(`/api/grant-proposals/${proposalId}/agreement`, {
    grantorName: '街道社区基金会',
    startsOn: '2026-06-01',
    endsOn: '2026-12-31',
    tolerancePercent: options.tolerancePercent ?? 10,
  });
  if (made.status !== 201) throw new Error(`agreement: ${made.status} ${JSON.stringify(made.body)}`);
  return {
    ...(made.body as { id: string; lines: { key: string; budgetFen: number }[] }),
    proposalId,
    roundId: round.id,
  };
}
