import { fail, ok, type PublicGrantRound, type Result } from '@seedbed/core';
import type { PublicContext } from '../context';
import { approvedResultsOfRound } from './decision-read';
import { objectionOf, objectionsOfRound } from './objections';
import { roundsOf, roundsQuery } from './round-view';

/** The public page's round (/r/{code}); a draft is as unknown as a wrong code. */
export async function findPublicGrantRound(
  call: Pick<PublicContext, 'db' | 'today'>,
  code: string,
): Promise<Result<PublicGrantRound>> {
  const row = await roundsQuery(call.db).where('grant_rounds.code', '=', code).executeTakeFirst();
  if (row?.status !== 'published') return fail('grants.round_unknown');
  const [round] = await roundsOf(call.db, [row], call.today);
  const objections = (await objectionsOfRound(call.db, row.id)).map((objectionRow) => {
    const { id, text, raisedAt, answer, answeredAt } = objectionOf(objectionRow);
    return { id, text, raisedAt, answer, answeredAt };
  });
  const results = await approvedResultsOfRound(call.db, round!, call.today);
  return ok({ round: round!, objections, results });
}
