import { defaultBaseline, mapResources, ok, type Resource, type ResourceMap, type Result } from '@seedbed/core';
import type { Db } from '../connection';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { namesOf, type PlaceNames, refOf, type SurveyVisibility } from './survey-read-names';

/**
 * The survey's resources (archived ones left out), latest found first, each with its dated uses.
 * The person behind a resource is shown only to roles that may see residents.
 */
export async function readResources(
  db: Db,
  communityId: string,
  show: SurveyVisibility,
  places: PlaceNames,
): Promise<Resource[]> {
  const [resources, uses, spaces] = await Promise.all([
    db
      .selectFrom('resources')
      .selectAll()
      .where('community_id', '=', communityId)
      .where('archived_at', 'is', null)
      .orderBy('found_on', 'desc')
      .execute(),
    db
      .selectFrom('resource_uses as u')
      .innerJoin('resources as r', 'r.id', 'u.resource_id')
      .selectAll('u')
      .where('r.community_id', '=', communityId)
      .orderBy('u.used_on', 'desc')
      .execute(),
    // Archived spaces too: a resource may still point to one, and shows its name.
    db.selectFrom('spaces').select(['id', 'name']).where('community_id', '=', communityId).execute(),
  ]);
  const spaceNames = new Map(spaces.map((s) => [s.id, s.name]));
  const [organizationNames, personNames] = await Promise.all([
    namesOf(db, 'organizations', [...resources.map((r) => r.organization_id), ...uses.map((u) => u.organization_id)]),
    show.residents
      ? namesOf(
          db,
          'people',
          resources.map((r) => r.person_id),
        )
      : new Map<string, string>(),
  ]);
  return resources.map((r) => ({
    id: r.id,
    name: r.name,
    category: r.category as Resource['category'],
    description: r.description,
    foundOn: r.found_on,
    foundBy: r.found_by,
    foundHow: r.found_how,
    persistence: r.persistence as Resource['persistence'],
    space: refOf(spaceNames, r.space_id),
    person: show.residents ? refOf(personNames, r.person_id) : null,
    organization: refOf(organizationNames, r.organization_id),
    estate: refOf(places.estates, r.estate_id),
    courtyard: refOf(places.courtyards, r.courtyard_id),
    pinX: r.pin_x,
    pinY: r.pin_y,
    uses: uses
      .filter((u) => u.resource_id === r.id)
      .map((u) => ({
        id: u.id,
        usedOn: u.used_on,
        note: u.note,
        organization: refOf(organizationNames, u.organization_id),
      })),
  }));
}

/**
 * The resource map of a community the caller may see: its three views and its pins
 * (core/communities/resource-map.ts defines them); the dates default to the baseline and today.
 */
export async function readResourceMap(
  call: Pick<StoreContext, 'db' | 'scope' | 'today'>,
  communityId: string,
  dates: { baseline?: string | undefined; asOf?: string | undefined },
): Promise<Result<ResourceMap>> {
  const community = await findInScope(call, 'communities', communityId, { includeGone: true });
  if (!community.ok) return community;
  const { db, today } = call;
  const [resources, uses] = await Promise.all([
    db
      .selectFrom('resources')
      .select(['id', 'name', 'category', 'found_on', 'persistence', 'pin_x', 'pin_y'])
      .where('community_id', '=', communityId)
      .where('archived_at', 'is', null)
      .orderBy('name')
      .execute(),
    db
      .selectFrom('resource_uses as u')
      .innerJoin('resources as r', 'r.id', 'u.resource_id')
      .select(['u.resource_id', 'u.used_on'])
      .where('r.community_id', '=', communityId)
      .where('r.archived_at', 'is', null)
      .execute(),
  ]);
  const asOf = dates.asOf ?? today;
  const baseline =
    dates.baseline ??
    defaultBaseline(
      resources.map((r) => r.found_on),
      today,
    );
  const mapped = resources.map((r) => ({
    id: r.id,
    category: r.category as ResourceMap['rows'][number]['category'],
    foundOn: r.found_on,
    persistence: r.persistence as 'one_off' | 'sustained',
    useDates: uses.filter((u) => u.resource_id === r.id).map((u) => u.used_on),
  }));
  return ok({
    baseline,
    asOf,
    rows: mapResources(mapped, baseline, asOf),
    pins: resources.flatMap((r, index) => {
      const m = mapped[index];
      if (r.pin_x === null || r.pin_y === null || !m || r.found_on > asOf) return [];
      return [
        {
          resourceId: r.id,
          name: r.name,
          category: m.category,
          x: r.pin_x,
          y: r.pin_y,
          isUsed: m.useDates.some((d) => d <= asOf),
        },
      ];
    }),
  });
}
