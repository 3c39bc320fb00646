import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';

/**
 * The demo street's grant money as the app reads it after a load (packages/demo's money extension,
 * paid through the grants' stores by cli/src/demo-grant-payments.ts): round one settled — every
 * tranche paid, every claim paid or declined, each payment in the team's book once — and round
 * two under way, with the leader's team's first tranche in the treasurer's book and a claim
 * approved awaiting payment on the leader's phone.
 */
let api: TestApi;
let staff: Client;
let organizationId: string;

const roundAgreements = async (roundPosition: 0 | 1) => {
  const rounds = await api.db.selectFrom('grant_rounds').select('id').orderBy('starts_on').execute();
  return api.db.selectFrom('grant_agreements').selectAll().where('round_id', '=', rounds[roundPosition]!.id).execute();
};

const postingsOf = async (kind: string) => {
  const rows = await api.db
    .selectFrom('cash_entries')
    .select(['source_ref_id', 'amount_fen'])
    .where('source_ref_kind', '=', kind)
    .execute();
  return rows;
};

beforeAll(async () => {
  api = await startTestApi();
  staff = await api.as('staff');
  organizationId = (await demoIds(api.db)).organizationId;
});
afterAll(() => api.close());

describe('the demo rounds’ money after a load', () => {
  it('settles round one: tranches paid in full, nothing pending, each payment in the team’s book once', async () => {
    const agreements = await roundAgreements(0);
    expect(agreements).toHaveLength(20);
    const claimPostings = await postingsOf('grant_claim');
    const tranchePostings = await postingsOf('grant_tranche');
    for (const agreement of agreements) {
      const ledger = (await staff.get(`/api/grant-agreements/${agreement.id}/ledger`)).body;
      expect(ledger).toMatchObject({ pendingFen: 0, tranchesPaidFen: Number(agreement.approved_fen) });
      expect(ledger.spentFen).toBeGreaterThan(0);
      const claims = await api.db
        .selectFrom('grant_claims')
        .select(['id', 'state', 'amount_fen', 'spent_on'])
        .where('agreement_id', '=', agreement.id)
        .execute();
      expect(claims.every((claim) => claim.state === 'paid' || claim.state === 'declined')).toBe(true);
      const paid = claims.filter((claim) => claim.state === 'paid');
      expect(paid.reduce((sum, claim) => sum + Number(claim.amount_fen), 0)).toBe(ledger.spentFen);
      for (const claim of paid) {
        const posted = claimPostings.filter((entry) => entry.source_ref_id === claim.id);
        expect(posted.map((entry) => Number(entry.amount_fen))).toEqual([Number(claim.amount_fen)]);
        expect(claim.spent_on <= agreement.ends_on).toBe(true);
      }
    }
    const tranches = await api.db
      .selectFrom('grant_tranches')
      .select('id')
      .where(
        'agreement_id',
        'in',
        agreements.map((agreement) => agreement.id),
      )
      .execute();
    for (const tranche of tranches)
      expect(tranchePostings.filter((entry) => entry.source_ref_id === tranche.id)).toHaveLength(1);
  });

  it('closes round one 结项 through the store: the team’s words, frozen figures, and no more claims', async () => {
    const closed = (await roundAgreements(0)).filter((agreement) => agreement.closed_at !== null);
    expect(closed.length).toBeGreaterThan(10);
    const agreement = closed[0]!;
    const report = (await staff.get(`/api/grant-agreements/${agreement.id}/closing`)).body;
    expect(report.closing.teamWords).toBe(agreement.closing_words);
    expect(report.closing.figures.spentFen).toBeGreaterThan(0);
    expect(report.closing.figures.planItemsPlannedVsHeld).not.toBeNull();
    const refused = await staff.post(`/api/grant-agreements/${agreement.id}/tranches`, {
      amountFen: 100,
      dueOn: '2026-01-01',
      note: '',
    });
    expect(refused.status).toBe(409);
  });

  it('shows round two under way on the leader’s and the treasurer’s phones', async () => {
    const agreement = (await roundAgreements(1)).find((one) => one.organization_id === organizationId);
    expect(agreement).toBeDefined();
    const leader = await api.as('leader');
    const claims = (await leader.get(`/api/grant-agreements/${agreement!.id}/claims`)).body as { state: string }[];
    expect(claims.map((claim) => claim.state).sort()).toEqual(['approved', 'checked', 'submitted']);
    const ledger = (await leader.get(`/api/grant-agreements/${agreement!.id}/ledger`)).body;
    expect(ledger.tranchesPaidFen).toBe(Math.floor(Number(agreement!.approved_fen) / 2));
    const treasurer = await api.as('treasurer');
    const book = (await treasurer.get(`/api/organizations/${organizationId}/books`)).body as {
      entries: { source: string | null; amountFen: number }[];
    };
    const grantIncome = book.entries.filter((entry) => entry.source === 'grant');
    expect(grantIncome.map((entry) => entry.amountFen)).toEqual([ledger.tranchesPaidFen]);
  });
});
