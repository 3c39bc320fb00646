import { closeSettledGrants } from './grant-money-closing';
import { playRoundOne } from './grant-money-round-one';
import { startRoundTwo } from './grant-money-round-two';
import { type Agree, agreementOf, emptyMoneyRows, type GrantMoneyDemoData, type MoneyPlay } from './grant-money-rows';
import type { GrantDemoData, GrantRoundRow } from './grants-extension';
import type { GrantProposalDemoData } from './grants-proposals-extension';
import type { Random } from './random';
import type { BaseDemoData } from './rows';

export type { DemoGrantPayment, GrantMoneyDemoData } from './grant-money-rows';

/**
 * Seed 002's two rounds played through on the demo street (issue 17's money):
 * - round one, a year ago: each of the 20 agreements had its money in two tranches, and its team
 *   claimed back what members advanced 垫付, line by line, at the monthly 报销会 — every claim
 *   checked by staff, approved by the admin (four eyes) and paid, a few declined (a 购物卡 the
 *   negative list names), then closed 结项 with the team's words a week after the last payment.
 * - round two, decided a week ago: agreements for the 16 selected, the leader's team among them,
 *   the first tranche paid, claims on their way — the leader's team has one approved awaiting
 *   payment, so the leader and the treasurer see live money on their phones.
 * Payments are not written as rows: `grantPayments` lists them for the loader, which makes each
 * through the grants' own stores on its day (cli/src/demo-grant-payments.ts), so the ledger and
 * the team's cash book show every payment once, posted by the grant as the app would.
 */
export function generateGrantMoneyDemo(
  random: Random,
  base: BaseDemoData,
  grants: GrantDemoData,
  proposals: GrantProposalDemoData,
  today: string,
): GrantMoneyDemoData {
  const data: GrantMoneyDemoData = { ...emptyMoneyRows(), grantPayments: [] };
  const user = (username: string) => base.users.find((one) => one.username === username);
  const [staff, admin, typist] = [user('staff'), user('admin'), user('assistant')];
  const [roundOne, roundTwo] = grants.grant_rounds;
  if (!staff || !admin || !typist || !roundOne || !roundTwo) return data;
  const play: MoneyPlay = { data, base, hands: { staff: staff.id, admin: admin.id, typist: typist.id } };
  const approvedIn = (round: GrantRoundRow) =>
    proposals.grant_proposals.filter((p) => p.round_id === round.id && p.determination === 'approved');
  const agreeIn =
    (round: GrantRoundRow): Agree =>
    (proposal, startsOn) => {
      const teamName = base.organizations.find((o) => o.id === proposal.organization_id)?.name;
      const made = teamName
        ? agreementOf(random, { proposal, proposals, round, teamName, startsOn, createdBy: staff.id })
        : undefined;
      if (made) data.grant_agreements.push(made.row);
      return made;
    };
  playRoundOne(random.fork('round-one'), play, approvedIn(roundOne), agreeIn(roundOne));
  const roundOneAgreements = data.grant_agreements.filter((agreement) => agreement.round_id === roundOne.id);
  closeSettledGrants(random.fork('round-one-closing'), play, roundOneAgreements, today);
  startRoundTwo(random.fork('round-two'), play, approvedIn(roundTwo), agreeIn(roundTwo), today);
  const order = { tranche: 0, claim: 1, closing: 2 } as const;
  data.grantPayments.sort((a, b) => a.on.localeCompare(b.on) || order[a.kind] - order[b.kind]);
  return data;
}
