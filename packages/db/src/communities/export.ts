import type { PersonExportHook } from '../people';
import { needRaisedBy, stakeholderContactIs } from './person-traces';

/**
 * The community survey's part of a person's export: needs they raised, resources that are them
 * (a skill, a person to ask), their questionnaire answers and the stakeholders they are the contact of.
 */
export const exportSurveyRecords: PersonExportHook = async ({ db }, person) => {
  const [needs, resources, surveyAnswers, stakeholderContacts] = await Promise.all([
    db
      .selectFrom('needs')
      .select(['id', 'description', 'raised_by as raisedBy', 'recorded_on as recordedOn', 'status'])
      .where(needRaisedBy(person))
      .execute(),
    db
      .selectFrom('resources')
      .select(['id', 'name', 'category', 'description', 'found_on as foundOn'])
      .where('person_id', '=', person.id)
      .execute(),
    db
      .selectFrom('survey_responses')
      .select(['id', 'wave', 'answered_on as answeredOn', 'answers'])
      .where('respondent_person_id', '=', person.id)
      .execute(),
    db
      .selectFrom('stakeholders')
      .select(['id', 'name', 'kind', 'contact_name as contactName', 'contact_phone as contactPhone'])
      .where(stakeholderContactIs(person))
      .execute(),
  ]);
  return { needs, resources, surveyAnswers, stakeholderContacts };
};
