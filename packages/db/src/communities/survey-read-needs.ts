import type { Need } from '@seedbed/core';
import type { Db } from '../connection';
import { namesOf, type PlaceNames, refOf, type SurveyVisibility } from './survey-read-names';

/**
 * The survey's needs register (archived needs left out), latest first, each with the organizations
 * answering it. Who raised a need is shown only to roles that may see residents.
 */
export async function readNeeds(
  db: Db,
  communityId: string,
  show: SurveyVisibility,
  places: PlaceNames,
): Promise<Need[]> {
  const [needs, needOrganizations] = await Promise.all([
    db
      .selectFrom('needs')
      .selectAll()
      .where('community_id', '=', communityId)
      .where('archived_at', 'is', null)
      .orderBy('recorded_on', 'desc')
      .execute(),
    db
      .selectFrom('need_organizations as n')
      .innerJoin('needs', 'needs.id', 'n.need_id')
      .innerJoin('organizations as o', 'o.id', 'n.organization_id')
      .select(['n.need_id', 'o.id', 'o.name'])
      .where('needs.community_id', '=', communityId)
      .orderBy('o.name')
      .execute(),
  ]);
  const personNames = show.residents
    ? await namesOf(
        db,
        'people',
        needs.map((n) => n.raised_by_person_id),
      )
    : new Map<string, string>();
  return needs.map((n) => ({
    id: n.id,
    category: n.category as Need['category'],
    description: n.description,
    raisedBy: show.residents
      ? (n.raised_by ?? (n.raised_by_person_id ? (personNames.get(n.raised_by_person_id) ?? null) : null))
      : null,
    source: n.source as Need['source'],
    reality: n.reality as Need['reality'],
    provider: n.provider as Need['provider'],
    status: n.status as Need['status'],
    recordedOn: n.recorded_on,
    mentions: n.mentions,
    estate: refOf(places.estates, n.estate_id),
    courtyard: refOf(places.courtyards, n.courtyard_id),
    organizations: needOrganizations.filter((o) => o.need_id === n.id).map((o) => ({ id: o.id, name: o.name })),
  }));
}
