import {
  type CommunitySurvey,
  ok,
  type QuestionnaireAnswers,
  type Result,
  type SurveyEstate,
  summariseWaves,
} from '@seedbed/core';
import type { Selectable } from 'kysely';
import type { Db } from '../connection';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import type { Database } from '../tables';
import { listEstates } from './store';
import { type PlaceNames, placeNamesOf, refOf, type SurveyVisibility } from './survey-read-names';
import { readNeeds } from './survey-read-needs';
import { readResources } from './survey-read-resources';
import { readStakeholders } from './survey-read-stakeholders';

export type { SurveyVisibility } from './survey-read-names';

type CommunityRow = Selectable<Database['communities']>;
type Survey = Omit<CommunitySurvey, 'canEditProfile' | 'canRecord'>;

/**
 * The survey of one community the caller may see (403 out of scope, 404 unknown), one section a
 * function, as the writes are; `show` says which protected fields this role may see. The estates
 * are read first: the other sections name the estates and courtyards they point to.
 */
export async function readCommunitySurvey(
  call: Pick<StoreContext, 'db' | 'scope'>,
  communityId: string,
  show: SurveyVisibility,
): Promise<Result<Survey>> {
  const found = await findInScope(call, 'communities', communityId, { includeGone: true });
  if (!found.ok) return found;
  const community = found.value;
  const { db } = call;
  const estates = await readEstates(db, communityId);
  const places = placeNamesOf(estates);
  const [events, stakeholders, needs, questionnaire, spaces, resources] = await Promise.all([
    readEvents(db, communityId),
    readStakeholders(db, communityId, show, places),
    readNeeds(db, communityId, show, places),
    readQuestionnaire(db, communityId),
    readSpaces(db, communityId, places),
    readResources(db, communityId, show, places),
  ]);
  return ok({
    communityId,
    communityName: community.name,
    profile: profileOf(community),
    events,
    estates,
    stakeholders,
    needs,
    questionnaire,
    spaces,
    resources,
    sitePlan: sitePlanOf(community),
  });
}

function profileOf(community: CommunityRow): Survey['profile'] {
  return {
    households: community.households,
    residentPopulation: community.resident_population,
    localPopulation: community.local_population,
    migrantPopulation: community.migrant_population,
    childrenPopulation: community.children_population,
    workingAgePopulation: community.working_age_population,
    elderlyPopulation: community.elderly_population,
    profileNotes: community.profile_notes,
    committeeAttitude: community.committee_attitude as Survey['profile']['committeeAttitude'],
  };
}

/** The site plan's type and upload time, once a picture is stored (the picture has its own route). */
function sitePlanOf(community: CommunityRow): Survey['sitePlan'] {
  return community.site_plan_key && community.site_plan_type && community.site_plan_uploaded_at
    ? {
        type: community.site_plan_type as 'png' | 'jpg' | 'webp',
        uploadedAt: community.site_plan_uploaded_at.toISOString(),
      }
    : null;
}

/** The community's history: dated key events, latest first. */
async function readEvents(db: Db, communityId: string): Promise<Survey['events']> {
  const events = await db
    .selectFrom('community_events')
    .selectAll()
    .where('community_id', '=', communityId)
    .orderBy('happened_on', 'desc')
    .execute();
  return events.map((e) => ({
    id: e.id,
    happenedOn: e.happened_on,
    title: e.title,
    description: e.description,
    source: e.source as Survey['events'][number]['source'],
  }));
}

/** The estates with their courtyards, as the community page lists them, plus the survey's own fields. */
async function readEstates(db: Db, communityId: string): Promise<SurveyEstate[]> {
  const estates = await listEstates({ db }, communityId);
  const extras = new Map(
    (estates.length
      ? await db
          .selectFrom('estates')
          .select(['id', 'owners_committee_status', 'notes'])
          .where('community_id', '=', communityId)
          .execute()
      : []
    ).map((e) => [e.id, e]),
  );
  return estates.map((estate) => ({
    ...estate,
    ownersCommitteeStatus: (extras.get(estate.id)?.owners_committee_status ??
      null) as SurveyEstate['ownersCommitteeStatus'],
    notes: extras.get(estate.id)?.notes ?? null,
    isOldNeighbourhood: estate.estateType === 'old_neighbourhood',
  }));
}

/** The questionnaire's answers summarised per wave (core's `summariseWaves`). */
async function readQuestionnaire(db: Db, communityId: string): Promise<Survey['questionnaire']> {
  const responses = await db
    .selectFrom('survey_responses')
    .select(['wave', 'answers'])
    .where('community_id', '=', communityId)
    .execute();
  return summariseWaves(responses.map((r) => ({ wave: r.wave, answers: r.answers as QuestionnaireAnswers })));
}

/** The usable spaces (archived ones left out), by name. */
async function readSpaces(db: Db, communityId: string, places: PlaceNames): Promise<Survey['spaces']> {
  const spaces = await db
    .selectFrom('spaces')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('archived_at', 'is', null)
    .orderBy('name')
    .execute();
  return spaces.map((s) => ({
    id: s.id,
    name: s.name,
    owner: s.owner as Survey['spaces'][number]['owner'],
    capacity: s.capacity,
    openingRules: s.opening_rules,
    manager: s.manager,
    usageFrequency: s.usage_frequency as Survey['spaces'][number]['usageFrequency'],
    notes: s.notes,
    estate: refOf(places.estates, s.estate_id),
    courtyard: refOf(places.courtyards, s.courtyard_id),
  }));
}
