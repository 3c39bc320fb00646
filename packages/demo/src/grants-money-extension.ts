import { type AgreementLine, budgetLineAmountFen, type ProposalContent } from '@seedbed/core';
import { addDays } from './dates';
import type { GrantDemoData } from './grants-extension';
import type { GrantProposalDemoData } from './grants-proposals-extension';
import type { Random } from './random';
import type { BaseDemoData } from './rows';

/**
 * A grant's money on the demo street (rows of migration 0025's tables): an agreement for each
 * proposal approved in round one, a planned first tranche, and claims 报销 on their way — submitted,
 * checked at the month's 报销会 session, approved by a second staff member, or declined — each
 * advanced by one of the team's members. None is paid here: a payment posts itself into the
 * team's book (db/src/grants/claim-payment.ts), and the demo's books are generated on their own,
 * so staff pay the approved ones in the app and the book follows.
 */
type Row<Strings extends string, Numbers extends string = never, Nullable extends string = never> = Record<
  Strings,
  string
> &
  Record<Numbers, number> &
  Record<Nullable, string | null>;

export interface GrantMoneyDemoData {
  grant_agreements: Row<
    | 'id'
    | 'street_id'
    | 'organization_id'
    | 'proposal_id'
    | 'round_id'
    | 'title'
    | 'grantor_name'
    | 'team_name'
    | 'starts_on'
    | 'ends_on'
    | 'lines'
    | 'negative_list'
    | 'created_at',
    'approved_fen' | 'tolerance_percent',
    'closed_at' | 'created_by'
  >[];
  grant_tranches: Row<
    'id' | 'street_id' | 'organization_id' | 'agreement_id' | 'note' | 'created_at',
    'number' | 'amount_fen',
    'due_on' | 'paid_on' | 'paid_by' | 'created_by'
  >[];
  grant_claim_sessions: Row<'id' | 'street_id' | 'held_on' | 'title' | 'created_at', never, 'created_by'>[];
  grant_claims: Row<
    | 'id'
    | 'street_id'
    | 'organization_id'
    | 'agreement_id'
    | 'line_key'
    | 'spent_on'
    | 'description'
    | 'state'
    | 'negative_list_hits'
    | 'submitted_by'
    | 'created_at'
    | 'updated_at',
    'number' | 'amount_fen' | 'from_held_fen',
    | 'advanced_by_person_id'
    | 'advanced_by_name'
    | 'activity_id'
    | 'session_id'
    | 'checked_by'
    | 'approved_by'
    | 'paid_by'
    | 'paid_on'
  >[];
  grant_claim_events: Row<'id' | 'street_id' | 'claim_id' | 'state' | 'by_user_id' | 'note' | 'at'>[];
}

const at = (day: string) => `${day}T02:00:00.000Z`;
const purchases = ['收据一张：活动物料', '打印宣传单', '茶歇的水果', '借用场地的电费', '工具和手套'];

export function generateGrantMoneyDemo(
  random: Random,
  base: BaseDemoData,
  grants: GrantDemoData,
  proposals: GrantProposalDemoData,
  today: string,
): GrantMoneyDemoData {
  const data: GrantMoneyDemoData = {
    grant_agreements: [],
    grant_tranches: [],
    grant_claim_sessions: [],
    grant_claims: [],
    grant_claim_events: [],
  };
  const staff = base.users.find((user) => user.username === 'staff');
  const admin = base.users.find((user) => user.username === 'admin');
  // Teams of round one have no demo accounts: their paper claims were typed in at the 报销会 by the
  // assistant, so staff check and the admin approves — the four-eyes rule holds on the demo too.
  const typist = base.users.find((user) => user.username === 'assistant');
  const roundOne = grants.grant_rounds[0];
  if (!staff || !admin || !typist || !roundOne) return data;
  const sessionOn = addDays(today, -10);
  const session = {
    id: random.uuid(),
    street_id: roundOne.street_id,
    held_on: sessionOn,
    title: '本月报销会',
    created_by: staff.id,
    created_at: at(sessionOn),
  };
  data.grant_claim_sessions.push(session);
  const approved = proposals.grant_proposals.filter(
    (p) => p.round_id === roundOne.id && p.determination === 'approved',
  );
  for (const proposal of approved) {
    const version = proposals.grant_proposal_versions.find((v) => v.proposal_id === proposal.id);
    const organization = base.organizations.find((o) => o.id === proposal.organization_id);
    if (!version || !organization || proposal.approved_fen === null || !proposal.determined_at) continue;
    const content = JSON.parse(version.content) as ProposalContent;
    const lines: AgreementLine[] = content.budgetLines.map((line) => ({
      key: line.key,
      label: line.item,
      budgetFen: budgetLineAmountFen(line),
    }));
    const startsOn = addDays(proposal.determined_at.slice(0, 10), 14);
    const agreementId = random.uuid();
    data.grant_agreements.push({
      id: agreementId,
      street_id: proposal.street_id,
      organization_id: proposal.organization_id,
      proposal_id: proposal.id,
      round_id: proposal.round_id,
      title: proposal.title,
      grantor_name: (JSON.parse(roundOne.funders) as string[])[0] ?? '社区基金会',
      team_name: organization.name,
      approved_fen: proposal.approved_fen,
      starts_on: startsOn,
      ends_on: addDays(startsOn, 30 * (content.projectMonths ?? 6)),
      tolerance_percent: 10,
      lines: JSON.stringify(lines),
      negative_list: roundOne.negative_list,
      closed_at: null,
      created_by: staff.id,
      created_at: at(startsOn),
    });
    data.grant_tranches.push({
      id: random.uuid(),
      street_id: proposal.street_id,
      organization_id: proposal.organization_id,
      agreement_id: agreementId,
      number: 1,
      amount_fen: Math.floor(proposal.approved_fen / 2),
      due_on: addDays(today, 7),
      note: '首期预拨（一半）',
      paid_on: null,
      paid_by: null,
      created_by: staff.id,
      created_at: at(startsOn),
    });
    const members = base.organization_members.filter(
      (m) => m.organization_id === organization.id && m.left_on === null,
    );
    for (const [index, state] of (['submitted', 'checked', 'approved', 'declined'] as const).entries()) {
      const line = lines[index % lines.length];
      const member = members.length ? random.pick(members) : undefined;
      const person = member ? base.people.find((p) => p.id === member.person_id) : undefined;
      if (!line || !person) continue;
      const claimId = random.uuid();
      const spentOn = addDays(today, -random.int(12, 40));
      const steps: [string, string][] = [['submitted', typist.id]];
      if (state !== 'submitted') steps.push([state === 'declined' ? 'declined' : 'checked', staff.id]);
      if (state === 'approved') steps.push(['approved', admin.id]);
      data.grant_claims.push({
        id: claimId,
        street_id: proposal.street_id,
        organization_id: proposal.organization_id,
        agreement_id: agreementId,
        number: index + 1,
        line_key: line.key,
        amount_fen: Math.min(line.budgetFen, random.int(20, 300) * 100),
        spent_on: spentOn,
        description: random.pick(purchases),
        advanced_by_person_id: person.id,
        advanced_by_name: person.name,
        activity_id: null,
        state,
        session_id: state === 'checked' || state === 'approved' ? session.id : null,
        negative_list_hits: '[]',
        submitted_by: typist.id,
        checked_by: state === 'checked' || state === 'approved' ? staff.id : null,
        approved_by: state === 'approved' ? admin.id : null,
        paid_by: null,
        paid_on: null,
        from_held_fen: 0,
        created_at: at(addDays(spentOn, 1)),
        updated_at: at(sessionOn),
      });
      for (const [position, [stepState, by]] of steps.entries())
        data.grant_claim_events.push({
          id: random.uuid(),
          street_id: proposal.street_id,
          claim_id: claimId,
          state: stepState,
          by_user_id: by,
          note: '',
          at: at(addDays(spentOn, 1 + position)),
        });
    }
  }
  return data;
}
