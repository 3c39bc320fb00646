import type { PersonErasureHook } from '../people';
import { draftsNaming, namedAs } from './person-traces';
import type { StoredQuote } from './tables';

/**
 * Publicity's part of erasing a person (PIPL art. 47), run before activities' own part (it finds the
 * person's self sign-ins by their name and phone, which that part removes). A draft — published or
 * not — stops naming them: their participant rows and sign-ins leave its named lists, and a quote
 * they said keeps its words but not its speaker. A published page is built from these rows on every
 * request, so the public page changes at once; no copy of it is kept anywhere.
 */
export const erasePublicityTraces: PersonErasureHook = async ({ db }, person) => {
  const named = await namedAs(db, person);
  const { participantIds, signInIds } = named;
  const drafts = await draftsNaming(db, person, named)
    .select(['id', 'quotes', 'named_participant_ids', 'named_sign_in_ids'])
    .execute();
  for (const draft of drafts) {
    const quotes = draft.quotes.map(
      (quote): StoredQuote => (quote.saidBy === person.name ? { ...quote, saidBy: null, showSaidBy: false } : quote),
    );
    await db
      .updateTable('publicity_drafts')
      .set({
        quotes: JSON.stringify(quotes),
        named_participant_ids: draft.named_participant_ids.filter((id) => !participantIds.includes(id)),
        named_sign_in_ids: draft.named_sign_in_ids.filter((id) => !signInIds.includes(id)),
      })
      .where('id', '=', draft.id)
      .execute();
  }
};
