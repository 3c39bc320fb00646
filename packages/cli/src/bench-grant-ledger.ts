import { randomUUID } from 'node:crypto';
import type { Db } from '@seedbed/db';
import type { createApp } from '@seedbed/server';

/**
 * A grant's ledger with 10,000 claims (issue 17): the ledger, the claims list and the .xlsx, each
 * timed against the same reads of a grant with 10 claims measured in the same run — the ratio says
 * how they grow, whatever the machine. The claims go straight into the table (approved, on the
 * demo agreement's lines, under its cap), as the bench measures reads, not the claim form.
 */
const bigClaimCount = 10_000;
const baselineClaimCount = 10;

async function agreementWithClaims(db: Db, claimCount: number): Promise<string> {
  const template = await db.selectFrom('grant_agreements').selectAll().orderBy('id').executeTakeFirstOrThrow();
  const proposal = await db
    .selectFrom('grant_proposals')
    .selectAll()
    .where('id', '=', template.proposal_id)
    .executeTakeFirstOrThrow();
  const submitter = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'assistant')
    .executeTakeFirstOrThrow();
  const proposalId = randomUUID();
  await db
    .insertInto('grant_proposals')
    .values({ ...proposal, id: proposalId })
    .execute();
  const agreementId = randomUUID();
  // One fen a claim on a cap that holds them all.
  const lines = [{ key: 'b1', label: '活动物料', budgetFen: bigClaimCount * 100 }];
  await db
    .insertInto('grant_agreements')
    .values({
      ...template,
      id: agreementId,
      proposal_id: proposalId,
      approved_fen: bigClaimCount * 100,
      lines: JSON.stringify(lines),
      negative_list: '[]',
    })
    .execute();
  const now = new Date();
  for (let start = 0; start < claimCount; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, claimCount - start) }, (_, index) => ({
      id: randomUUID(),
      street_id: template.street_id,
      organization_id: template.organization_id,
      agreement_id: agreementId,
      number: start + index + 1,
      line_key: 'b1',
      amount_fen: 100,
      spent_on: template.starts_on,
      description: '收据：活动物料',
      advanced_by_person_id: null,
      advanced_by_name: null,
      activity_id: null,
      state: 'approved',
      session_id: null,
      negative_list_hits: '[]',
      submitted_by: submitter.id,
      checked_by: null,
      approved_by: null,
      paid_by: null,
      paid_on: null,
      from_held_fen: 0,
      created_at: now,
      updated_at: now,
    }));
    await db.insertInto('grant_claims').values(batch).execute();
  }
  return agreementId;
}

async function timeRead(app: ReturnType<typeof createApp>, cookie: string, path: string, times: number) {
  const durations: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    const response = await app.request(path, { headers: { cookie } });
    if (!response.ok) throw new Error(`bench: ${path} answered ${response.status}`);
    await response.arrayBuffer();
    durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  return durations[Math.floor(durations.length / 2)] ?? 0;
}

export async function benchGrantLedger(app: ReturnType<typeof createApp>, db: Db, cookie: string) {
  const [big, small] = [
    await agreementWithClaims(db, bigClaimCount),
    await agreementWithClaims(db, baselineClaimCount),
  ];
  const figures: Record<string, { p50Ms: number; baselineP50Ms: number; ratio: number }> = {};
  for (const [name, suffix, times] of [
    ['ledger', '/ledger', 20],
    ['claimList', '/claims', 5],
    ['ledgerXlsx', '/ledger.xlsx', 3],
  ] as const) {
    const p50Ms = await timeRead(app, cookie, `/api/grant-agreements/${big}${suffix}`, times);
    const baselineP50Ms = await timeRead(app, cookie, `/api/grant-agreements/${small}${suffix}`, times);
    figures[name] = { p50Ms: round(p50Ms), baselineP50Ms: round(baselineP50Ms), ratio: round(p50Ms / baselineP50Ms) };
  }
  return { claimCount: bigClaimCount, baselineClaimCount, ...figures };
}

const round = (ms: number) => Math.round(ms * 100) / 100;
