import {
  fail,
  type GrantRound,
  type GrantRoundInput,
  type GrantRoundStepsInput,
  type Result,
  roundProblems,
  stepProblems,
} from '@seedbed/core';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { readGrantRound } from './round-read';
import { checkRoundTargets, writeRoundTargets } from './round-targets';

/** The round's own columns from the editor's input (targets are child rows, round-targets.ts). */
function columnsOf(input: GrantRoundInput) {
  return {
    street_id: input.streetId,
    name: input.name,
    description: input.description,
    funders: JSON.stringify(input.funders),
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    total_budget_fen: input.totalBudgetFen,
    per_proposal_cap_fen: input.perProposalCapFen,
    matching_note: input.matchingNote,
    project_months_min: input.projectMonthsMin,
    project_months_max: input.projectMonthsMax,
    eligibility: JSON.stringify(input.eligibility),
    rubric: JSON.stringify(input.rubric),
    steps: JSON.stringify(input.steps),
    negative_list: JSON.stringify(input.negativeList),
    graduate_reserve_fen: input.graduateReserveFen,
  };
}

/** What the rules refuse, or the targets' problem: everything before the first write. */
async function checkRound(tx: TxContext, input: GrantRoundInput): Promise<Result<null>> {
  const problem = roundProblems(input);
  if (problem) return { ok: false, error: problem };
  return checkRoundTargets(tx, input);
}

/**
 * A new round, as a draft, with its directions and target places — one transaction: a round
 * never exists without its targets. `code` is its public page's (made by the caller, like sign-in codes).
 */
export function createGrantRound(
  call: StoreContext,
  { input, code }: { input: GrantRoundInput; code: string },
): Promise<Result<GrantRound>> {
  return inTransaction(call, async (tx) => {
    const checked = await checkRound(tx, input);
    if (!checked.ok) return checked;
    const id = tx.newId();
    const now = tx.actor.now;
    await insertAudited(
      tx,
      'grant_rounds',
      { id, code, ...columnsOf(input), status: 'draft', created_by: tx.actor.userId, created_at: now, updated_at: now },
      { action: 'grants.round.create' },
    );
    await writeRoundTargets(tx, id, input);
    return readGrantRound(tx, id);
  });
}

/** A draft round edited whole; a published one keeps its rules (only its steps move, below). */
export function updateGrantRound(call: StoreContext, id: string, input: GrantRoundInput): Promise<Result<GrantRound>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'grant_rounds', id, { forUpdate: true });
    if (!found.ok) return found;
    if (found.value.status !== 'draft') return fail('grants.not_draft');
    if (found.value.street_id !== input.streetId) {
      // Moving a round to another street would move it out of the sight of those who watch it.
      return fail('grants.target_outside_street');
    }
    const checked = await checkRound(tx, input);
    if (!checked.ok) return checked;
    await updateAudited(
      tx,
      'grant_rounds',
      id,
      { ...columnsOf(input), updated_at: tx.actor.now },
      { action: 'grants.round.update' },
    );
    await writeRoundTargets(tx, id, input);
    return readGrantRound(tx, id);
  });
}

/** Publishing opens the public page /r/{code}; the rules are fixed from then on (seed 003: 透明、公正). */
export function publishGrantRound(call: StoreContext, id: string): Promise<Result<GrantRound>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'grant_rounds', id, { forUpdate: true });
    if (!found.ok) return found;
    if (found.value.status === 'published') return fail('grants.already_published');
    const now = tx.actor.now;
    await updateAudited(
      tx,
      'grant_rounds',
      id,
      { status: 'published', published_at: now, updated_at: now },
      { action: 'grants.round.publish' },
    );
    return readGrantRound(tx, id);
  });
}

/**
 * The pipeline's steps moved, added or renamed — while draft or after publishing (a 宣讲会
 * postponed); the audit trail keeps what they were, and the same rules hold (in order, inside the period).
 */
export function updateGrantRoundSteps(
  call: StoreContext,
  id: string,
  input: GrantRoundStepsInput,
): Promise<Result<GrantRound>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'grant_rounds', id, { forUpdate: true });
    if (!found.ok) return found;
    const problem = stepProblems(input.steps, { startsOn: found.value.starts_on, endsOn: found.value.ends_on });
    if (problem) return { ok: false, error: problem };
    await updateAudited(
      tx,
      'grant_rounds',
      id,
      { steps: JSON.stringify(input.steps), updated_at: tx.actor.now },
      { action: 'grants.round.steps' },
    );
    return readGrantRound(tx, id);
  });
}
