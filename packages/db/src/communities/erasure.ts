import type { PersonErasureHook } from '../people';
import { needRaisedBy, stakeholderContactIs } from './person-traces';

/**
 * The community survey's part of erasing a person (PIPL art. 47): a need they raised keeps its
 * mention but not their name (typed by hand, or linked — the link now leads to an anonymised
 * record); a stakeholder whose contact they were keeps the stakeholder but loses the contact. Both
 * are found by the name or phone as typed, in the person's street.
 */
export const eraseSurveyTraces: PersonErasureHook = async ({ db }, person) => {
  await db.updateTable('needs').set({ raised_by: null }).where(needRaisedBy(person)).execute();
  await db
    .updateTable('stakeholders')
    .set({ contact_name: null, contact_phone: null })
    .where(stakeholderContactIs(person))
    .execute();
};
