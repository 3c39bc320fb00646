import { type ClosingWords, type ClosingWordsInput, fail, ok, type Result } from '@seedbed/core';
import type { Selectable } from 'kysely';
import { updateAudited } from '../audited';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import type { GrantAgreementsTable } from './agreement-tables';

/**
 * The team's closing words 结项总结 (issue 17: "the team adds its own words"): the leader, a deputy
 * or the treasurer saves them, as often as they like, until staff close the grant with them
 * (closing-store.ts). Each save is audited with the wording before it.
 */
export function saveClosingWords(
  call: StoreContext,
  agreementId: string,
  input: ClosingWordsInput,
): Promise<Result<ClosingWords>> {
  return inTransaction(call, async (tx) => {
    // Locked, so a save racing the closing lands before it (and is closed with) or is refused.
    const agreement = await findInScope(tx, 'grant_agreements', agreementId, { forUpdate: true });
    if (!agreement.ok) return agreement;
    if (agreement.value.closed_at !== null) return fail('grants.closing_words_closed');
    const { after } = await updateAudited(
      tx,
      'grant_agreements',
      agreementId,
      { closing_words: input.words, closing_words_by: tx.actor.userId, closing_words_at: tx.actor.now },
      { action: 'grants.closing.words' },
    );
    return ok(closingWordsOf(after)!);
  });
}

/** The words as saved on the agreement, or null while the team has written none. */
export function closingWordsOf(
  agreement: Pick<Selectable<GrantAgreementsTable>, 'closing_words' | 'closing_words_at'>,
): ClosingWords | null {
  if (agreement.closing_words === null || agreement.closing_words_at === null) return null;
  return { words: agreement.closing_words, writtenAt: new Date(agreement.closing_words_at).toISOString() };
}
