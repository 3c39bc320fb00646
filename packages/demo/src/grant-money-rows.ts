import {
  type AgreementLine,
  budgetLineAmountFen,
  type ClaimState,
  type NegativeListEntry,
  negativeListHits,
  type ProposalContent,
} from '@seedbed/core';
import { addDays } from './dates';
import type { GrantRoundRow } from './grants-extension';
import type { GrantProposalDemoData, GrantProposalRow } from './grants-proposals-extension';
import type { Random } from './random';
import type { BaseDemoData } from './rows';

/**
 * Rows of migration 0025's tables (grant agreements, tranches, 报销会 sessions, claims and their
 * events), named as the columns; jsonb as JSON text. Built here so the round-by-round story in
 * grants-money-extension.ts reads as the story. Payments are not rows: the loader makes them
 * through the grants' stores (`DemoGrantPayment`), so the ledger and the team's book follow.
 */
type Row<Strings extends string, Numbers extends string = never, Nullable extends string = never> = Record<
  Strings,
  string
> &
  Record<Numbers, number> &
  Record<Nullable, string | null>;

export interface GrantMoneyRows {
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
    'closed_at' | 'created_by' | 'closing_words' | 'closing_words_by' | 'closing_words_at'
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

/**
 * A payment the loader makes through the grants' stores (payGrantTranche, the claim's 'pay' move)
 * after the rows are in: the store posts it into the team's book, as the app would.
 */
export interface DemoGrantPayment {
  /** A tranche or a claim paid, or a settled grant closed 结项 (its id is the agreement's). */
  kind: 'tranche' | 'claim' | 'closing';
  id: string;
  /** The day it was paid (or closed); made in day order: tranches, then claims, then closings. */
  on: string;
  /** The staff member who paid or closed (a user id). */
  paidBy: string;
}

export interface GrantMoneyDemoData extends GrantMoneyRows {
  grantPayments: DemoGrantPayment[];
}

/** The demo's money so far, the street it plays on, and the staff hands that move it. */
export interface MoneyPlay {
  data: GrantMoneyDemoData;
  base: BaseDemoData;
  hands: {
    staff: string;
    admin: string;
    /** Round one's teams have no logins: the assistant typed their paper claims in at the 报销会. */
    typist: string;
  };
}

/** Makes (and keeps) the agreement of an approved proposal of the round, starting on `startsOn`. */
export type Agree = (
  proposal: GrantProposalRow,
  startsOn: string,
) => { row: AgreementRow; lines: AgreementLine[] } | undefined;

/** What each line's receipts said, after the budget line's own name. */
export const receiptNotes = ['收据一张', '发票一张', '小票两张', '收据和清单'];

/** 10:00 in Shanghai on `day`: the hour the demo's money moves. */
export const moneyAt = (day: string) => `${day}T02:00:00.000Z`;

export function emptyMoneyRows(): GrantMoneyRows {
  return {
    grant_agreements: [],
    grant_tranches: [],
    grant_claim_sessions: [],
    grant_claims: [],
    grant_claim_events: [],
  };
}

export type AgreementRow = GrantMoneyRows['grant_agreements'][number];

/** The agreement of an approved proposal: its budget lines as signed, the round's negative list. */
export function agreementOf(
  random: Random,
  options: {
    proposal: GrantProposalRow;
    proposals: GrantProposalDemoData;
    round: GrantRoundRow;
    teamName: string;
    startsOn: string;
    createdBy: string;
  },
): { row: AgreementRow; lines: AgreementLine[] } | undefined {
  const { proposal, round, startsOn } = options;
  const version = options.proposals.grant_proposal_versions.find((v) => v.proposal_id === proposal.id);
  if (!version || proposal.approved_fen === null) return undefined;
  const content = JSON.parse(version.content) as ProposalContent;
  const lines: AgreementLine[] = content.budgetLines.map((line) => ({
    key: line.key,
    label: line.item,
    budgetFen: budgetLineAmountFen(line),
  }));
  const row: AgreementRow = {
    id: random.uuid(),
    street_id: proposal.street_id,
    organization_id: proposal.organization_id,
    proposal_id: proposal.id,
    round_id: proposal.round_id,
    title: proposal.title,
    grantor_name: (JSON.parse(round.funders) as string[])[0] ?? '社区基金会',
    team_name: options.teamName,
    approved_fen: proposal.approved_fen,
    starts_on: startsOn,
    ends_on: addDays(startsOn, 30 * (content.projectMonths ?? 6)),
    tolerance_percent: 10,
    lines: JSON.stringify(lines),
    negative_list: round.negative_list,
    closed_at: null,
    closing_words: null,
    closing_words_by: null,
    closing_words_at: null,
    created_by: options.createdBy,
    created_at: moneyAt(startsOn),
  };
  return { row, lines };
}

/** A tranche as planned (预拨), and the day it was paid: a payment the loader makes, or none yet. */
export interface TranchePlan {
  dueOn: string;
  note: string;
  paidOn?: string;
}

/**
 * The grant in two tranches, as seed 002's rounds paid it: half at the start, the rest later. Each
 * is planned as a row; one with `paidOn` is paid by staff through the store on that day.
 */
export function twoTranchesOf(
  random: Random,
  play: MoneyPlay,
  agreement: AgreementRow,
  plans: readonly [TranchePlan, TranchePlan],
): void {
  const firstFen = Math.floor(agreement.approved_fen / 2);
  for (const [position, plan] of plans.entries()) {
    const id = random.uuid();
    play.data.grant_tranches.push({
      id,
      street_id: agreement.street_id,
      organization_id: agreement.organization_id,
      agreement_id: agreement.id,
      number: position + 1,
      amount_fen: position === 0 ? firstFen : agreement.approved_fen - firstFen,
      due_on: plan.dueOn,
      note: plan.note,
      paid_on: null,
      paid_by: null,
      created_by: play.hands.staff,
      created_at: agreement.created_at,
    });
    if (plan.paidOn) play.data.grantPayments.push({ kind: 'tranche', id, on: plan.paidOn, paidBy: play.hands.staff });
  }
}

/** Who moved a claim, and on which day: the submitter always; the checker and approver as far as it went. */
export interface ClaimSteps {
  submitted: { by: string; on: string };
  checked?: { by: string; on: string; sessionId: string | null };
  approved?: { by: string; on: string };
  declined?: { by: string; on: string; note: string };
}

/** A claim as far as approval (payment is the store's) with one event per step, in order. */
export function claimOf(
  random: Random,
  rows: GrantMoneyRows,
  agreement: AgreementRow,
  claim: {
    number: number;
    lineKey: string;
    amountFen: number;
    spentOn: string;
    description: string;
    advancedBy: { id: string; name: string } | undefined;
    steps: ClaimSteps;
  },
): string {
  const { submitted, checked, approved, declined } = claim.steps;
  const state: ClaimState = declined ? 'declined' : approved ? 'approved' : checked ? 'checked' : 'submitted';
  const lastDay = declined?.on ?? approved?.on ?? checked?.on ?? submitted.on;
  const id = random.uuid();
  const negativeList = JSON.parse(agreement.negative_list) as NegativeListEntry[];
  rows.grant_claims.push({
    id,
    street_id: agreement.street_id,
    organization_id: agreement.organization_id,
    agreement_id: agreement.id,
    number: claim.number,
    line_key: claim.lineKey,
    amount_fen: claim.amountFen,
    spent_on: claim.spentOn,
    description: claim.description,
    advanced_by_person_id: claim.advancedBy?.id ?? null,
    advanced_by_name: claim.advancedBy?.name ?? null,
    activity_id: null,
    state,
    session_id: checked?.sessionId ?? null,
    negative_list_hits: JSON.stringify(negativeListHits(claim.description, negativeList)),
    submitted_by: submitted.by,
    checked_by: checked?.by ?? null,
    approved_by: approved?.by ?? null,
    paid_by: null,
    paid_on: null,
    from_held_fen: 0,
    created_at: moneyAt(submitted.on),
    updated_at: moneyAt(lastDay),
  });
  const events: [ClaimState, { by: string; on: string } | undefined, string][] = [
    ['submitted', submitted, ''],
    ['checked', checked, ''],
    ['approved', approved, ''],
    ['declined', declined, declined?.note ?? ''],
  ];
  for (const [eventState, step, note] of events)
    if (step)
      rows.grant_claim_events.push({
        id: random.uuid(),
        street_id: agreement.street_id,
        claim_id: id,
        state: eventState,
        by_user_id: step.by,
        note,
        at: moneyAt(step.on),
      });
  return id;
}

/** A current member of the team who advanced the money 垫付, as the claim names them. */
export function advancerOf(
  random: Random,
  base: BaseDemoData,
  organizationId: string,
): { id: string; name: string } | undefined {
  const members = base.organization_members.filter((m) => m.organization_id === organizationId && m.left_on === null);
  const member = members.length ? random.pick(members) : undefined;
  const person = member ? base.people.find((p) => p.id === member.person_id) : undefined;
  return person ? { id: person.id, name: person.name } : undefined;
}
