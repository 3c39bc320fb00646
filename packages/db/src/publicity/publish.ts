import { fail, findContactDetails, ok, type Result } from '@seedbed/core';
import type { Selectable } from 'kysely';
import { recordAudit } from '../audit';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import type { PublicityDraftsTable } from './tables';

/** Publishes (the share page and the feed show it) or unpublishes (both stop at once). */
export async function setPublished(
  call: StoreContext,
  id: string,
  published: boolean,
  options: { keepContactDetails?: boolean } = {},
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const { db: trx, actor } = tx;
    const found = await findInScope(tx, 'publicity_drafts', id, { forUpdate: true });
    if (!found.ok) return found;
    const before = found.value;
    if ((before.status === 'published') === published) return ok({ id });
    const contactDetails = published ? findContactDetails(publicWords(before)) : [];
    if (contactDetails.length > 0 && !options.keepContactDetails)
      return fail('publicity.contact_details', { found: contactDetails.map((d) => d.masked).join(', ') });
    const after = await trx
      .updateTable('publicity_drafts')
      .set(
        published
          ? { status: 'published', published_at: actor.now, published_by: actor.userId, updated_at: actor.now }
          : { status: 'draft', updated_at: actor.now },
      )
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    // The audit entry keeps only the status (and any contact details kept), not the whole row.
    await recordAudit(trx, actor, {
      action: published ? 'publicity.publish' : 'publicity.unpublish',
      tableName: 'publicity_drafts',
      recordId: id,
      streetId: before.street_id,
      before: { status: before.status },
      after: {
        status: after.status,
        published_at: after.published_at,
        // Who chose to publish a phone or ID number, and which (masked), stays on record.
        ...(contactDetails.length > 0 && { contactDetailsKept: contactDetails }),
      },
    });
    return ok({ id });
  });
}

/** The words a published page shows: what is checked for contact details before publishing. */
function publicWords(draft: Selectable<PublicityDraftsTable>): (string | null)[] {
  const quotes = draft.quotes.filter((q) => q.included);
  return [
    draft.title,
    draft.lead,
    ...draft.paragraphs,
    draft.reflection,
    ...quotes.map((q) => q.text),
    ...quotes.map((q) => (q.showSaidBy ? q.saidBy : null)),
  ];
}
