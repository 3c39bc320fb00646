import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Standing } from '../permissions';
import { roles } from '../shared/roles';
import {
  type ClaimHands,
  type ClaimMove,
  type ClaimState,
  claimMoves,
  claimStates,
  moveClaim,
  movesOpenTo,
} from './claim-states';

const treasurer = {
  standing: { role: 'organization_member', teamRole: 'treasurer' } as Standing,
  userId: 'u-treasurer',
};
const plainMember = { standing: { role: 'organization_member', teamRole: 'member' } as Standing, userId: 'u-member' };
const leader = { standing: { role: 'organization_leader' } as Standing, userId: 'u-leader' };
const checker = { standing: { role: 'incubator_staff' } as Standing, userId: 'u-staff-1' };
const approver = { standing: { role: 'incubator_staff' } as Standing, userId: 'u-staff-2' };
const admin = { standing: { role: 'admin' } as Standing, userId: 'u-admin' };
const funder = { standing: { role: 'funder' } as Standing, userId: 'u-funder' };
const assistant = { standing: { role: 'incubator_assistant' } as Standing, userId: 'u-assistant' };

const fresh = (submittedBy = treasurer.userId): ClaimHands => ({
  state: 'submitted',
  submittedBy,
  checkedBy: null,
  approvedBy: null,
});

describe('a claim from submission to payment', () => {
  it('goes submitted → checked → approved → paid with two different staff members', () => {
    const claim = fresh();
    expect(moveClaim(claim, 'check', checker)).toEqual({ ok: true, value: 'checked' });
    const checked = { ...claim, state: 'checked' as const, checkedBy: checker.userId };
    expect(moveClaim(checked, 'approve', approver)).toEqual({ ok: true, value: 'approved' });
    const approved = { ...checked, state: 'approved' as const, approvedBy: approver.userId };
    expect(moveClaim(approved, 'pay', checker)).toEqual({ ok: true, value: 'paid' });
  });

  it('lets the team resubmit after changes are asked for, and staff decline before approval', () => {
    expect(moveClaim(fresh(), 'request_changes', checker)).toEqual({ ok: true, value: 'changes_requested' });
    const asked = { ...fresh(), state: 'changes_requested' as const };
    expect(moveClaim(asked, 'resubmit', treasurer)).toEqual({ ok: true, value: 'submitted' });
    expect(moveClaim(asked, 'decline', checker)).toEqual({ ok: true, value: 'declined' });
    expect(moveClaim({ ...fresh(), state: 'approved' }, 'decline', checker)).toMatchObject({
      error: { code: 'grants.claim_wrong_state' },
    });
  });
});

describe('who may move a claim', () => {
  it('refuses a role without the permission: the funder, the assistant, a member who is not the treasurer', () => {
    for (const mover of [funder, assistant, plainMember])
      for (const move of ['check', 'approve', 'pay'] as const)
        expect(moveClaim(fresh(), move, mover)).toMatchObject({ error: { code: 'grants.claim_move_forbidden' } });
    expect(moveClaim({ ...fresh(), state: 'changes_requested' }, 'resubmit', plainMember)).toMatchObject({
      error: { code: 'grants.claim_move_forbidden' },
    });
    expect(moveClaim({ ...fresh(), state: 'changes_requested' }, 'resubmit', leader).ok).toBe(true);
  });

  it('refuses staff checking or approving a claim they submitted themselves', () => {
    const own = fresh(admin.userId);
    expect(moveClaim(own, 'check', admin)).toMatchObject({ error: { code: 'grants.claim_own' } });
    expect(moveClaim({ ...own, state: 'checked', checkedBy: checker.userId }, 'approve', admin)).toMatchObject({
      error: { code: 'grants.claim_own' },
    });
  });

  it('refuses the checker as approver, and a second approval', () => {
    const checked: ClaimHands = { ...fresh(), state: 'checked', checkedBy: checker.userId };
    expect(moveClaim(checked, 'approve', checker)).toMatchObject({ error: { code: 'grants.claim_checker_approves' } });
    const approved: ClaimHands = { ...checked, state: 'approved', approvedBy: approver.userId };
    expect(moveClaim(approved, 'approve', admin)).toMatchObject({ error: { code: 'grants.claim_already_approved' } });
    expect(moveClaim({ ...approved, state: 'paid' }, 'pay', admin)).toMatchObject({
      error: { code: 'grants.claim_already_paid' },
    });
  });

  it('offers each person only the moves they may make', () => {
    const checked: ClaimHands = { ...fresh(), state: 'checked', checkedBy: checker.userId };
    expect(movesOpenTo(checked, checker)).toEqual(['request_changes', 'decline']);
    expect(movesOpenTo(checked, approver)).toEqual(['request_changes', 'approve', 'decline']);
    expect(movesOpenTo(checked, treasurer)).toEqual([]);
  });
});

const userIds = ['u-a', 'u-b', 'u-c'];
const moverArbitrary = fc.record({
  standing: fc.record({
    role: fc.constantFrom(...roles),
    teamRole: fc.constantFrom('leader', 'deputy', 'treasurer', 'logistics', 'member', null),
  }),
  userId: fc.constantFrom(...userIds),
});

describe('the four-eyes rule, whatever happens', () => {
  it('never lets a claim be approved by its claimant or its checker, nor approved twice', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...userIds),
        fc.array(fc.tuple(fc.constantFrom(...claimMoves), moverArbitrary), { maxLength: 30 }),
        (submittedBy, steps) => {
          let hands: ClaimHands = fresh(submittedBy);
          let approvals = 0;
          for (const [move, mover] of steps) {
            const moved = moveClaim(hands, move as ClaimMove, mover as typeof treasurer);
            if (!moved.ok) continue;
            if (move === 'approve') {
              approvals += 1;
              expect(mover.userId).not.toBe(hands.submittedBy);
              expect(mover.userId).not.toBe(hands.checkedBy);
            }
            hands = {
              ...hands,
              state: moved.value,
              checkedBy: move === 'check' ? mover.userId : hands.checkedBy,
              approvedBy: move === 'approve' ? mover.userId : hands.approvedBy,
            };
          }
          expect(approvals).toBeLessThanOrEqual(1);
          if (hands.state === 'paid') expect(hands.approvedBy).not.toBeNull();
        },
      ),
    );
  });

  it('leaves paid and declined claims where they are', () => {
    for (const state of ['paid', 'declined'] as ClaimState[])
      for (const mover of [checker, approver, admin, treasurer])
        expect(movesOpenTo({ ...fresh(), state, checkedBy: 'x', approvedBy: 'y' }, mover)).toEqual([]);
    expect(claimStates).toHaveLength(6);
  });
});
