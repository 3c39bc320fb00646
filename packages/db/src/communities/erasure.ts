import type { PersonErasureHook } from '../people';

/**
 * The community survey's part of erasing a person (PIPL art. 47): a need they raised keeps its
 * mention but not their name (typed by hand, or linked — the link now leads to an anonymised
 * record); a stakeholder whose contact they were keeps the stakeholder but loses the contact. Both
 * are found by the name or phone as typed, in the person's street.
 */
export const eraseSurveyTraces: PersonErasureHook = async ({ db }, person) => {
  await db
    .updateTable('needs')
    .set({ raised_by: null })
    .where('street_id', '=', person.streetId)
    .where((eb) => eb.or([eb('raised_by', '=', person.name), eb('raised_by_person_id', '=', person.id)]))
    .execute();
  await db
    .updateTable('stakeholders')
    .set({ contact_name: null, contact_phone: null })
    .where('street_id', '=', person.streetId)
    .where((eb) =>
      person.phone
        ? eb.or([eb('contact_name', '=', person.name), eb('contact_phone', '=', person.phone)])
        : eb('contact_name', '=', person.name),
    )
    .execute();
};
