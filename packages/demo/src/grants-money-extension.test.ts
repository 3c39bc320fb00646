import { describe, expect, it } from 'vitest';
import { generateDemo } from './index';

const demo = generateDemo({ seed: 20171, today: '2026-06-30' });
const [roundOne, roundTwo] = demo.grant_rounds;
const agreementsOf = (roundId: string | undefined) => demo.grant_agreements.filter((a) => a.round_id === roundId);
const paid = new Map(demo.grantPayments.map((payment) => [payment.id, payment]));

describe('the demo rounds’ money', () => {
  it('gives every approved proposal of both rounds its agreement, the leader’s team’s among them', () => {
    for (const round of [roundOne, roundTwo]) {
      const approved = demo.grant_proposals.filter((p) => p.round_id === round?.id && p.determination === 'approved');
      expect(agreementsOf(round?.id).map((a) => a.proposal_id)).toEqual(approved.map((p) => p.id));
    }
    const leaderTeamId = demo.users.find((user) => user.username === 'leader')?.scope_id;
    expect(agreementsOf(roundTwo?.id).some((a) => a.organization_id === leaderTeamId)).toBe(true);
  });

  it('settles round one: every tranche paid in full, every claim paid or declined, no line over its budget', () => {
    for (const agreement of agreementsOf(roundOne?.id)) {
      const tranches = demo.grant_tranches.filter((t) => t.agreement_id === agreement.id);
      expect(tranches.reduce((sum, t) => sum + t.amount_fen, 0)).toBe(agreement.approved_fen);
      expect(tranches.every((t) => paid.get(t.id)?.kind === 'tranche')).toBe(true);
      const claims = demo.grant_claims.filter((c) => c.agreement_id === agreement.id);
      for (const claim of claims)
        expect(claim.state === 'declined' || (claim.state === 'approved' && paid.has(claim.id))).toBe(true);
      for (const line of JSON.parse(agreement.lines) as { key: string; budgetFen: number }[]) {
        const spent = claims.filter((c) => c.line_key === line.key && c.state !== 'declined');
        expect(spent.reduce((sum, c) => sum + c.amount_fen, 0)).toBeLessThanOrEqual(line.budgetFen);
      }
    }
    const declined = demo.grant_claims.filter((c) => c.state === 'declined');
    expect(declined.length).toBeGreaterThan(0);
    expect(declined.every((c) => JSON.parse(c.negative_list_hits).length > 0)).toBe(true);
  });

  it('closes round one 结项 with each team’s words, a week after its last payment and before today', () => {
    const closings = demo.grantPayments.filter((payment) => payment.kind === 'closing');
    const agreements = agreementsOf(roundOne?.id);
    expect(closings.length).toBeGreaterThan(agreements.length / 2);
    for (const closing of closings) {
      const agreement = agreements.find((a) => a.id === closing.id);
      expect(agreement?.closing_words).toBeTruthy();
      const ownPayments = demo.grantPayments.filter(
        (payment) =>
          payment.kind !== 'closing' &&
          [...demo.grant_tranches, ...demo.grant_claims].some(
            (row) => row.id === payment.id && row.agreement_id === closing.id,
          ),
      );
      expect(ownPayments.every((payment) => payment.on < closing.on)).toBe(true);
      expect(closing.on < '2026-06-30').toBe(true);
    }
    expect(agreementsOf(roundTwo?.id).every((a) => !paid.has(a.id))).toBe(true);
  });

  it('has round two under way: first tranches paid, claims on their way and none paid', () => {
    const leaderTeamId = demo.users.find((user) => user.username === 'leader')?.scope_id;
    for (const agreement of agreementsOf(roundTwo?.id)) {
      const tranches = demo.grant_tranches.filter((t) => t.agreement_id === agreement.id);
      expect(tranches.map((t) => paid.has(t.id))).toEqual([true, false]);
    }
    const claims = demo.grant_claims.filter((c) => agreementsOf(roundTwo?.id).some((a) => a.id === c.agreement_id));
    expect(claims.some((c) => paid.has(c.id))).toBe(false);
    const leaderStates = claims.filter((c) => c.organization_id === leaderTeamId).map((c) => c.state);
    expect(leaderStates.sort()).toEqual(['approved', 'checked', 'submitted']);
  });

  it('pays in day order, each on or before today, and never before what it pays was approved', () => {
    const days = demo.grantPayments.map((payment) => payment.on);
    expect(days).toEqual([...days].sort());
    expect(days.every((day) => day <= '2026-06-30')).toBe(true);
    for (const claim of demo.grant_claims.filter((c) => paid.has(c.id)))
      expect(paid.get(claim.id)!.on > claim.updated_at.slice(0, 10)).toBe(true);
  });

  it('keeps the four-eyes rule on every claim it moved', () => {
    for (const claim of demo.grant_claims) {
      if (claim.checked_by) expect(claim.checked_by).not.toBe(claim.submitted_by);
      if (claim.approved_by) expect([claim.submitted_by, claim.checked_by]).not.toContain(claim.approved_by);
    }
  });
});
