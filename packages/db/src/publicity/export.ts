import { sql } from 'kysely';
import type { PersonExportHook } from '../people';

/**
 * Publicity's part of a person's export: the share pages (drafts or published) that name them or
 * quote them by name, with the address of the public page — what the public can read about them.
 */
export const exportPublicityRecords: PersonExportHook = async ({ db }, person) => {
  const drafts = await db
    .selectFrom('publicity_drafts as d')
    .select(['d.id', 'd.code', 'd.title', 'd.status', 'd.published_at as publishedAt', 'd.quotes'])
    .where('d.street_id', '=', person.streetId)
    .where((eb) =>
      eb.or([
        sql<boolean>`exists (select 1 from activity_participants p
          where p.person_id = ${person.id} and p.id = any(d.named_participant_ids))`,
        sql<boolean>`strpos(d.quotes::text, ${person.name}) > 0`,
      ]),
    )
    .execute();
  return {
    publicity: drafts.map(({ quotes, ...draft }) => ({
      ...draft,
      quotes: quotes.filter((quote) => quote.saidBy === person.name).map((quote) => quote.text),
    })),
  };
};
