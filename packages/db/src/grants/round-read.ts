import { type GrantRound, type GrantRoundSummary, ok, type Result } from '@seedbed/core';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { roundSummaryOf, roundsOf, roundsQuery } from './round-view';
import { visibleGrantRounds } from './visibility';

/** The rounds the caller's scope reaches, newest first. */
export async function listGrantRounds(
  call: Pick<StoreContext, 'db' | 'scope' | 'today'>,
): Promise<GrantRoundSummary[]> {
  const rows = await roundsQuery(call.db)
    .where(visibleGrantRounds(call.scope))
    .orderBy('grant_rounds.starts_on', 'desc')
    .orderBy('grant_rounds.created_at', 'desc')
    .execute();
  return rows.map((row) => roundSummaryOf(row, call.today));
}

/** One round, whole: 404 unknown, 403 out of scope. */
export async function readGrantRound(
  call: Pick<StoreContext, 'db' | 'scope' | 'today'>,
  id: string,
): Promise<Result<GrantRound>> {
  const found = await findInScope(call, 'grant_rounds', id);
  if (!found.ok) return found;
  const row = await roundsQuery(call.db).where('grant_rounds.id', '=', id).executeTakeFirstOrThrow();
  const [round] = await roundsOf(call.db, [row], call.today);
  return ok(round!);
}
