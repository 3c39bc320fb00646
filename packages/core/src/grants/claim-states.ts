import { fail, ok, type Result } from '../errors';
import type { Action } from '../permissions';
import { can, type Standing } from '../permissions';

/**
 * A reimbursement claim's life (报销, issue 17): a team member paid in advance 垫付 and asks the grant
 * to pay it back against receipts at the monthly 报销会 (seeds 001, 002).
 *
 *   submitted ──check──► checked ──approve──► approved ──pay──► paid
 *      │  ▲                 │
 *      │  └──resubmit──┐    │ request_changes
 *      ▼               │    ▼
 *   changes_requested ◄┘◄───┘          any state before approved ──decline──► declined
 */
export const claimStates = ['submitted', 'changes_requested', 'checked', 'approved', 'paid', 'declined'] as const;
export type ClaimState = (typeof claimStates)[number];

export const claimMoves = ['request_changes', 'resubmit', 'check', 'approve', 'pay', 'decline'] as const;
export type ClaimMove = (typeof claimMoves)[number];

/**
 * The role × state table: each move, the states it leaves from, where it lands and the permission
 * it needs (../permissions.ts says which roles hold it). Seedbed has no finance role: finance
 * approval is `grants.claim.approve`, held by admin and incubator staff, made safe by the
 * four-eyes rule below rather than by a separate role — a street team is three to eleven social
 * workers, and one of them is always a second pair of eyes.
 */
export const claimMoveTable = {
  request_changes: { from: ['submitted', 'checked'], to: 'changes_requested', action: 'grants.claim.check' },
  resubmit: { from: ['changes_requested'], to: 'submitted', action: 'grants.claim.submit' },
  check: { from: ['submitted'], to: 'checked', action: 'grants.claim.check' },
  approve: { from: ['checked'], to: 'approved', action: 'grants.claim.approve' },
  pay: { from: ['approved'], to: 'paid', action: 'grants.claim.pay' },
  decline: { from: ['submitted', 'changes_requested', 'checked'], to: 'declined', action: 'grants.claim.check' },
} as const satisfies Record<ClaimMove, { from: readonly ClaimState[]; to: ClaimState; action: Action }>;

/** Who has touched the claim so far: the four-eyes rule reads it. */
export interface ClaimHands {
  state: ClaimState;
  submittedBy: string;
  checkedBy: string | null;
  approvedBy: string | null;
}

export interface ClaimMover {
  standing: Standing;
  userId: string;
}

/**
 * Whether `mover` may make `move` on the claim, and the state it lands in. The four-eyes rule:
 * nobody checks or approves a claim they submitted, and the approver is never the one who checked
 * it — so a paid claim has always passed two staff members besides its claimant. A second
 * approval (two finance clicks, or two tabs) meets `grants.claim_already_approved`, not a second
 * payment; the store takes a row lock so two at the same moment see each other.
 */
export function moveClaim(hands: ClaimHands, move: ClaimMove, mover: ClaimMover): Result<ClaimState> {
  const rule = claimMoveTable[move];
  if (!can(mover.standing, rule.action)) return fail('grants.claim_move_forbidden');
  if (move === 'approve' && (hands.state === 'approved' || hands.state === 'paid'))
    return fail('grants.claim_already_approved');
  if (move === 'pay' && hands.state === 'paid') return fail('grants.claim_already_paid');
  if (!(rule.from as readonly ClaimState[]).includes(hands.state))
    return fail('grants.claim_wrong_state', { state: hands.state });
  const isStaffMove = move !== 'resubmit';
  if (isStaffMove && move !== 'pay' && hands.submittedBy === mover.userId) return fail('grants.claim_own');
  if (move === 'approve' && hands.checkedBy === mover.userId) return fail('grants.claim_checker_approves');
  return ok(rule.to);
}

/** The moves `mover` could make on the claim now (the page shows these buttons and no others). */
export function movesOpenTo(hands: ClaimHands, mover: ClaimMover): ClaimMove[] {
  return claimMoves.filter((move) => moveClaim(hands, move, mover).ok);
}

/** A claim whose money counts against the grant: approved or paid. */
export function isCommitted(state: ClaimState): boolean {
  return state === 'approved' || state === 'paid';
}

/** A claim still on its way (it may yet count): the team is told early when it would not fit. */
export function isPending(state: ClaimState): boolean {
  return state === 'submitted' || state === 'changes_requested' || state === 'checked';
}
