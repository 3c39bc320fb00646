import type { ExpressionBuilder } from 'kysely';
import type { ErasedPerson } from '../people';
import type { Database } from '../tables';

/**
 * Where the community survey holds a person without a link to their record — found by the name or
 * phone as typed, in the person's street. Erasure clears these rows and the export lists them: one
 * definition, so the export shows exactly what an erasure removes.
 */
export const needRaisedBy = (person: ErasedPerson) => (eb: ExpressionBuilder<Database, 'needs'>) =>
  eb.and([
    eb('street_id', '=', person.streetId),
    eb.or([eb('raised_by', '=', person.name), eb('raised_by_person_id', '=', person.id)]),
  ]);

export const stakeholderContactIs = (person: ErasedPerson) => (eb: ExpressionBuilder<Database, 'stakeholders'>) =>
  eb.and([
    eb('street_id', '=', person.streetId),
    person.phone
      ? eb.or([eb('contact_name', '=', person.name), eb('contact_phone', '=', person.phone)])
      : eb('contact_name', '=', person.name),
  ]);
