import { maskPhone, type ParticipationLevel, participationLevels, type Stakeholder } from '@seedbed/core';
import type { Db } from '../connection';
import { namesOf, type PlaceNames, refOf, type SurveyVisibility } from './survey-read-names';

/**
 * The survey's stakeholders (archived ones left out), each with its dated attitudes (latest first)
 * and its engagement log; contacts shown only to roles that may see them, the phone masked otherwise.
 */
export async function readStakeholders(
  db: Db,
  communityId: string,
  show: SurveyVisibility,
  places: PlaceNames,
): Promise<Stakeholder[]> {
  const [stakeholders, attitudes, engagements] = await Promise.all([
    db
      .selectFrom('stakeholders')
      .selectAll()
      .where('community_id', '=', communityId)
      .where('archived_at', 'is', null)
      .orderBy('kind')
      .orderBy('name')
      .execute(),
    db
      .selectFrom('stakeholder_attitudes as a')
      .innerJoin('stakeholders as s', 's.id', 'a.stakeholder_id')
      .selectAll('a')
      .where('s.community_id', '=', communityId)
      .orderBy('a.observed_on', 'desc')
      .orderBy('a.id', 'desc')
      .execute(),
    db
      .selectFrom('stakeholder_engagements as e')
      .innerJoin('stakeholders as s', 's.id', 'e.stakeholder_id')
      .selectAll('e')
      .where('s.community_id', '=', communityId)
      .orderBy('e.happened_on', 'desc')
      .execute(),
  ]);
  const organizationNames = await namesOf(
    db,
    'organizations',
    stakeholders.map((s) => s.organization_id),
  );
  return stakeholders.map((s) => {
    const history = attitudes.filter((a) => a.stakeholder_id === s.id);
    const log = engagements.filter((e) => e.stakeholder_id === s.id);
    const highest = log.reduce<ParticipationLevel | null>((best, e) => {
      const level = e.participation_level as ParticipationLevel;
      return best === null || participationLevels.indexOf(level) > participationLevels.indexOf(best) ? level : best;
    }, null);
    return {
      id: s.id,
      kind: s.kind as Stakeholder['kind'],
      name: s.name,
      estate: refOf(places.estates, s.estate_id),
      organization: refOf(organizationNames, s.organization_id),
      contactName: show.contacts ? s.contact_name : null,
      contactPhone: show.contacts ? s.contact_phone : maskPhone(s.contact_phone),
      relationshipNotes: s.relationship_notes,
      attitude: (history[0]?.attitude ?? null) as Stakeholder['attitude'],
      attitudes: history.map((a) => ({
        id: a.id,
        attitude: a.attitude as NonNullable<Stakeholder['attitude']>,
        observedOn: a.observed_on,
        note: a.note,
      })),
      participationLevel: highest,
      engagements: log.map((e) => ({
        id: e.id,
        happenedOn: e.happened_on,
        kind: e.kind as Stakeholder['engagements'][number]['kind'],
        participationLevel: e.participation_level as ParticipationLevel,
        summary: e.summary,
        madeBy: e.made_by,
      })),
    };
  });
}
