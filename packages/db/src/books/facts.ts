import { type BookFacts, bookFacts } from '@seedbed/core';
import type { Db } from '../connection';
import { entryRowsOf, lineOf } from './lines';
import { treasurerOf } from './read';

/**
 * What the team's book says for the growth-stage criteria (小树: own account, raises its own money),
 * asked by the organizations capability's stage overview: computed, not ticked by hand.
 */
export async function bookFactsOf(db: Db, organizationId: string, today: string): Promise<BookFacts> {
  const lines = (await entryRowsOf(db, organizationId)).map(lineOf);
  return bookFacts(lines, (await treasurerOf(db, organizationId)) !== null, today);
}
