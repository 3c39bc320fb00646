import type { PersonExportHook } from '../people';
import { draftsNaming, namedAs } from './person-traces';

/**
 * Publicity's part of a person's export: the share pages (drafts or published) that name them or
 * quote them by name, with the address of the public page — what the public can read about them.
 */
export const exportPublicityRecords: PersonExportHook = async ({ db }, person) => {
  const drafts = await draftsNaming(db, person, await namedAs(db, person))
    .select(['id', 'code', 'title', 'status', 'published_at as publishedAt', 'quotes'])
    .execute();
  return {
    publicity: drafts.map(({ quotes, ...draft }) => ({
      ...draft,
      quotes: quotes.filter((quote) => quote.saidBy === person.name).map((quote) => quote.text),
    })),
  };
};
