import {
  type CommunitySurvey,
  defaultBaseline,
  mapResources,
  maskPhone,
  type Need,
  type ParticipationLevel,
  participationLevels,
  type QuestionnaireAnswers,
  type Resource,
  type ResourceMap,
  type Stakeholder,
  type SurveyEstate,
  summariseWaves,
} from '@seedbed/core';
import type { Db } from '../connection';
import { listEstates } from './store';

/**
 * The survey of one community as the caller may see it. The caller's scope has been checked
 * already (communityInScope); `show` says which protected fields this role may see.
 */
export interface SurveyVisibility {
  contacts: boolean;
  residents: boolean;
}

type Named = { id: string; name: string };
const refOf = (names: Map<string, string>, id: string | null): Named | null =>
  id ? { id, name: names.get(id) ?? '' } : null;

export async function readCommunitySurvey(
  db: Db,
  communityId: string,
  show: SurveyVisibility,
): Promise<Omit<CommunitySurvey, 'canEditProfile' | 'canRecord'>> {
  const community = await db
    .selectFrom('communities')
    .selectAll()
    .where('id', '=', communityId)
    .executeTakeFirstOrThrow();
  const [
    estates,
    events,
    stakeholders,
    attitudes,
    engagements,
    needs,
    needOrganizations,
    responses,
    spaces,
    resources,
    uses,
  ] = await Promise.all([
    listEstates(db, communityId),
    db
      .selectFrom('community_events')
      .selectAll()
      .where('community_id', '=', communityId)
      .orderBy('happened_on', 'desc')
      .execute(),
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
    db.selectFrom('survey_responses').select(['wave', 'answers']).where('community_id', '=', communityId).execute(),
    // Archived spaces too: a resource may still point to one, and shows its name.
    db.selectFrom('spaces').selectAll().where('community_id', '=', communityId).orderBy('name').execute(),
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
  ]);

  const estateNames = new Map(estates.map((e) => [e.id, e.name]));
  const courtyardNames = new Map(estates.flatMap((e) => e.courtyards.map((c) => [c.id, c.name] as const)));
  const spaceNames = new Map(spaces.map((s) => [s.id, s.name]));
  const organizationIds = [
    ...stakeholders.map((s) => s.organization_id),
    ...resources.map((r) => r.organization_id),
    ...uses.map((u) => u.organization_id),
  ].filter((id): id is string => !!id);
  const personIds = [...resources.map((r) => r.person_id), ...needs.map((n) => n.raised_by_person_id)].filter(
    (id): id is string => !!id,
  );
  const [organizations, people] = await Promise.all([
    organizationIds.length
      ? db.selectFrom('organizations').select(['id', 'name']).where('id', 'in', organizationIds).execute()
      : [],
    personIds.length && show.residents
      ? db.selectFrom('people').select(['id', 'name']).where('id', 'in', personIds).execute()
      : [],
  ]);
  const organizationNames = new Map(organizations.map((o) => [o.id, o.name]));
  const personNames = new Map(people.map((p) => [p.id, p.name]));

  const estateExtras = new Map(
    (estates.length
      ? await db
          .selectFrom('estates')
          .select(['id', 'owners_committee_status', 'notes'])
          .where('community_id', '=', communityId)
          .execute()
      : []
    ).map((e) => [e.id, e]),
  );
  const surveyEstates: SurveyEstate[] = estates.map((estate) => ({
    ...estate,
    ownersCommitteeStatus: (estateExtras.get(estate.id)?.owners_committee_status ??
      null) as SurveyEstate['ownersCommitteeStatus'],
    notes: estateExtras.get(estate.id)?.notes ?? null,
    isOldNeighbourhood: estate.estateType === 'old_neighbourhood',
  }));

  const surveyStakeholders: Stakeholder[] = stakeholders.map((s) => {
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
      estate: refOf(estateNames, s.estate_id),
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

  const surveyNeeds: Need[] = needs.map((n) => ({
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
    estate: refOf(estateNames, n.estate_id),
    courtyard: refOf(courtyardNames, n.courtyard_id),
    organizations: needOrganizations.filter((o) => o.need_id === n.id).map((o) => ({ id: o.id, name: o.name })),
  }));

  const surveyResources: Resource[] = resources.map((r) => ({
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
    estate: refOf(estateNames, r.estate_id),
    courtyard: refOf(courtyardNames, r.courtyard_id),
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

  return {
    communityId,
    communityName: community.name,
    profile: {
      households: community.households,
      residentPopulation: community.resident_population,
      localPopulation: community.local_population,
      migrantPopulation: community.migrant_population,
      childrenPopulation: community.children_population,
      workingAgePopulation: community.working_age_population,
      elderlyPopulation: community.elderly_population,
      profileNotes: community.profile_notes,
      committeeAttitude: community.committee_attitude as CommunitySurvey['profile']['committeeAttitude'],
    },
    events: events.map((e) => ({
      id: e.id,
      happenedOn: e.happened_on,
      title: e.title,
      description: e.description,
      source: e.source as CommunitySurvey['events'][number]['source'],
    })),
    estates: surveyEstates,
    stakeholders: surveyStakeholders,
    needs: surveyNeeds,
    questionnaire: summariseWaves(responses.map((r) => ({ wave: r.wave, answers: r.answers as QuestionnaireAnswers }))),
    spaces: spaces
      .filter((s) => s.archived_at === null)
      .map((s) => ({
        id: s.id,
        name: s.name,
        owner: s.owner as CommunitySurvey['spaces'][number]['owner'],
        capacity: s.capacity,
        openingRules: s.opening_rules,
        manager: s.manager,
        usageFrequency: s.usage_frequency as CommunitySurvey['spaces'][number]['usageFrequency'],
        notes: s.notes,
        estate: refOf(estateNames, s.estate_id),
        courtyard: refOf(courtyardNames, s.courtyard_id),
      })),
    resources: surveyResources,
    sitePlan:
      community.site_plan_key && community.site_plan_type && community.site_plan_uploaded_at
        ? {
            type: community.site_plan_type as 'png' | 'jpg' | 'webp',
            uploadedAt: community.site_plan_uploaded_at.toISOString(),
          }
        : null,
  };
}

/** The resource map's three views and its pins (core/communities/resource-map.ts defines them). */
export async function readResourceMap(
  db: Db,
  communityId: string,
  dates: { baseline?: string | undefined; asOf?: string | undefined; today: string },
): Promise<ResourceMap> {
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
  const asOf = dates.asOf ?? dates.today;
  const baseline =
    dates.baseline ??
    defaultBaseline(
      resources.map((r) => r.found_on),
      dates.today,
    );
  const mapped = resources.map((r) => ({
    id: r.id,
    category: r.category as ResourceMap['rows'][number]['category'],
    foundOn: r.found_on,
    persistence: r.persistence as 'one_off' | 'sustained',
    useDates: uses.filter((u) => u.resource_id === r.id).map((u) => u.used_on),
  }));
  return {
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
  };
}
