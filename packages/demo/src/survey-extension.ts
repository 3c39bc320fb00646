import {
  type NeedCategory,
  needCategories,
  participationLevels,
  type QuestionnaireAnswers,
  resourceCategories,
} from '@seedbed/core';
import { addDays, dateBetween } from './dates';
import type { Random } from './random';
import type { BaseDemoData, CommunityRow, EstateRow } from './rows';
import {
  businesses,
  engagementSummaries,
  foundHows,
  historyEvents,
  needDescriptions,
  resourceNames,
  schools,
  spacePlans,
} from './survey-catalogue';
import type {
  CommunityEventRow,
  NeedOrganizationRow,
  NeedRow,
  ResourceRow,
  ResourceUseRow,
  SpaceRow,
  StakeholderAttitudeRow,
  StakeholderEngagementRow,
  StakeholderRow,
  SurveyResponseRow,
} from './survey-rows';

/**
 * The demo street's community profiles, stakeholders and engagement, needs, spaces, resources.
 * Returns rows for this capability's new tables, and replacement `communities`/`estates` arrays with
 * the profile columns filled in. Site plans stay empty: the generator is pure and writes no files
 * (resources carry pins, shown once staff upload a plan).
 */
export type SurveyDemoData = {
  communities: (CommunityRow & {
    local_population: number | null;
    migrant_population: number | null;
    children_population: number | null;
    working_age_population: number | null;
    elderly_population: number | null;
    profile_notes: string | null;
  })[];
  estates: (EstateRow & { owners_committee_status: 'active' | 'stalled' | 'none' | null; notes: string | null })[];
  community_events: CommunityEventRow[];
  stakeholders: StakeholderRow[];
  stakeholder_attitudes: StakeholderAttitudeRow[];
  stakeholder_engagements: StakeholderEngagementRow[];
  needs: NeedRow[];
  need_organizations: NeedOrganizationRow[];
  survey_responses: SurveyResponseRow[];
  spaces: SpaceRow[];
  resources: ResourceRow[];
  resource_uses: ResourceUseRow[];
};

/** The survey started about two years before "today", when the incubator entered the street. */
const surveyDays = 720;

export function generateSurveyDemo(random: Random, base: BaseDemoData, today: string): SurveyDemoData {
  const start = addDays(today, -surveyDays);
  const data: SurveyDemoData = {
    communities: [],
    estates: base.estates.map((estate) => ({
      ...estate,
      owners_committee_status: estate.owners_committee
        ? random.weighted([
            ['active', 3],
            ['stalled', 2],
          ] as const)
        : 'none',
      notes: null,
    })),
    community_events: [],
    stakeholders: [],
    stakeholder_attitudes: [],
    stakeholder_engagements: [],
    needs: [],
    need_organizations: [],
    survey_responses: [],
    spaces: [],
    resources: [],
    resource_uses: [],
  };

  for (const community of base.communities) {
    const r = random.fork(community.id);
    data.communities.push(withProfile(r, community));
    const estates = data.estates.filter((e) => e.community_id === community.id);
    const organizations = base.organizations.filter((o) => o.home_community_id === community.id);
    const people = base.people.filter((p) => p.community_id === community.id);
    const place = { street_id: community.street_id, community_id: community.id };

    for (const event of r.sample(historyEvents, r.int(2, 4))) {
      data.community_events.push({
        id: r.uuid(),
        ...place,
        happened_on: dateBetween(r, '1995-01-01', addDays(start, -30)),
        title: event.title,
        description: null,
        source: event.source,
      });
    }

    // Stakeholders: the committee (its attitude history ends where the community's is), property
    // companies and owners' committees of the estates, a school, businesses, an existing group.
    const stakeholders: StakeholderRow[] = [
      stakeholder(r, place, 'residents_committee', `${community.name}居委会`, null, null),
      ...estates
        .filter((e) => e.property_company)
        .map((e) => stakeholder(r, place, 'property_company', e.property_company ?? '', e.id, null)),
      ...estates
        .filter((e) => e.owners_committee)
        .map((e) => stakeholder(r, place, 'owners_committee', e.owners_committee ?? '', e.id, null)),
      stakeholder(r, place, 'school', r.pick(schools), null, null),
      ...r.sample(businesses, r.int(1, 2)).map((name) => stakeholder(r, place, 'business', name, null, null)),
      ...organizations.slice(0, 1).map((o) => stakeholder(r, place, 'existing_group', o.name, null, o.id)),
    ];
    data.stakeholders.push(...stakeholders);
    const committee = stakeholders[0] as StakeholderRow;
    const finalAttitude = community.committee_attitude ?? 'wait_and_see';
    const history = finalAttitude === 'cooperative' ? ['wait_and_see', 'cooperative'] : [finalAttitude];
    history.forEach((attitude, index) => {
      data.stakeholder_attitudes.push({
        id: r.uuid(),
        street_id: community.street_id,
        stakeholder_id: committee.id,
        attitude: attitude as StakeholderAttitudeRow['attitude'],
        observed_on: addDays(start, index * r.int(90, 240)),
        note: index === 0 ? '初次接触，态度谨慎' : '看到活动效果后主动配合',
        recorded_by: null,
      });
    });
    for (const s of stakeholders) {
      let level = r.int(0, 2);
      let date = addDays(start, r.int(0, 120));
      for (let i = r.int(1, 4); i > 0 && date <= today; i -= 1) {
        const kind = r.pick(['formal_visit', 'shared_materials', 'joint_activity', 'formal_visit'] as const);
        data.stakeholder_engagements.push({
          id: r.uuid(),
          street_id: community.street_id,
          stakeholder_id: s.id,
          happened_on: date,
          kind,
          participation_level: participationLevels[level] ?? 'none',
          summary: r.pick(engagementSummaries[kind] ?? ['拜访']),
          made_by: r.pick(['李社工', '张社工', '王社工']),
          recorded_by: null,
        });
        level = Math.min(participationLevels.length - 1, level + r.int(0, 2));
        date = addDays(date, r.int(30, 200));
      }
    }

    // The baseline questionnaire (wave 0) and, for most communities, a repeat a year later. As in
    // the app (addSurveyResponse), an answer naming a need feeds the register: the first answer of
    // a category opens a questionnaire need, later ones add a mention, and each answer keeps its need.
    const raised = new Map<NeedCategory, SurveyResponseRow[]>();
    const waves = r.chance(0.7) ? [0, 1] : [0];
    for (const wave of waves) {
      for (let i = r.int(6, 14); i > 0; i -= 1) {
        const answeredOn = addDays(start, wave * 365 + r.int(10, 80));
        const answers: QuestionnaireAnswers = {
          neighbourTies: Math.min(5, r.int(1, 4) + wave),
          communityTrust: Math.min(5, r.int(2, 4) + wave),
          joinedActivity: r.chance(0.3 + wave * 0.3),
          willingToVolunteer: r.int(1, 5),
          topNeed: r.pick(needCategories),
        };
        const response: SurveyResponseRow = {
          id: r.uuid(),
          ...place,
          wave,
          answered_on: answeredOn <= today ? answeredOn : today,
          estate_id: estates.length ? r.pick(estates).id : null,
          respondent_person_id: null,
          answers: JSON.stringify(answers),
          need_id: null,
          recorded_by: null,
        };
        data.survey_responses.push(response);
        if (answers.topNeed) raised.set(answers.topNeed, [...(raised.get(answers.topNeed) ?? []), response]);
      }
    }
    for (const [category, responses] of raised) {
      const date = responses.map((x) => x.answered_on).sort()[0] ?? today;
      const row = need(r, place, {
        category,
        description: null,
        source: 'questionnaire',
        mentions: responses.length,
        date,
      });
      data.needs.push(row);
      for (const response of responses) response.need_id = row.id;
    }
    for (const described of r.sample(needDescriptions, r.int(2, 4))) {
      const row = need(r, place, {
        category: described.category,
        description: described.text,
        source: r.pick(['visit', 'committee_data', 'professional_judgement'] as const),
        mentions: 1,
        date: dateBetween(r, start, today),
      });
      data.needs.push(row);
      for (const o of r.sample(organizations, r.int(0, 2))) {
        data.need_organizations.push({ need_id: row.id, organization_id: o.id, street_id: community.street_id });
      }
    }

    const spaces: SpaceRow[] = r.sample(spacePlans, r.int(2, 4)).map((plan) => ({
      id: r.uuid(),
      ...place,
      estate_id: plan.owner === 'residents_committee' || !estates.length ? null : r.pick(estates).id,
      courtyard_id: null,
      name: plan.name,
      owner: plan.owner,
      capacity: plan.capacity,
      opening_rules: plan.rules,
      manager: plan.owner === 'property_company' ? '物业客服' : plan.owner === 'residents_committee' ? '居委会' : null,
      usage_frequency: r.pick(['daily', 'weekly', 'monthly', 'rarely', 'unused'] as const),
      notes: null,
    }));
    data.spaces.push(...spaces);

    for (let i = r.int(6, 12); i > 0; i -= 1) {
      const category = r.pick(resourceCategories);
      const foundOn = dateBetween(r, start, today);
      const resource: ResourceRow = {
        id: r.uuid(),
        ...place,
        estate_id: estates.length && r.chance(0.5) ? r.pick(estates).id : null,
        courtyard_id: null,
        name: r.pick(resourceNames[category]),
        category,
        description: null,
        found_on: foundOn,
        found_by: r.pick(['李社工', '张社工', '王社工']),
        found_how: r.pick(foundHows),
        persistence: r.chance(0.6) ? 'sustained' : 'one_off',
        space_id: category === 'place' && spaces.length ? r.pick(spaces).id : null,
        person_id: (category === 'people' || category === 'skills') && people.length ? r.pick(people).id : null,
        organization_id:
          category === 'money' || !organizations.length || r.chance(0.8) ? null : r.pick(organizations).id,
        pin_x: r.chance(0.7) ? Math.round(r.next() * 900 + 50) / 1000 : null,
        pin_y: null,
      };
      if (resource.pin_x !== null) resource.pin_y = Math.round(r.next() * 900 + 50) / 1000;
      data.resources.push(resource);
      let used = foundOn;
      for (let uses = r.int(0, 3); uses > 0; uses -= 1) {
        used = addDays(used, r.int(5, 120));
        if (used > today) break;
        data.resource_uses.push({
          id: r.uuid(),
          street_id: community.street_id,
          resource_id: resource.id,
          used_on: used,
          note: null,
          organization_id: organizations.length && r.chance(0.5) ? r.pick(organizations).id : null,
        });
      }
    }
  }
  return data;
}

function withProfile(r: Random, community: CommunityRow): SurveyDemoData['communities'][number] {
  const total = community.resident_population;
  const share = (low: number, high: number) => (total === null ? null : Math.round((total * r.int(low, high)) / 100));
  const children = share(10, 18);
  const elderly = share(18, 32);
  return {
    ...community,
    local_population: share(55, 85),
    migrant_population: null,
    children_population: children,
    elderly_population: elderly,
    working_age_population: total === null ? null : total - (children ?? 0) - (elderly ?? 0),
    profile_notes: null,
  };
}

function stakeholder(
  r: Random,
  place: { street_id: string; community_id: string },
  kind: StakeholderRow['kind'],
  name: string,
  estateId: string | null,
  organizationId: string | null,
): StakeholderRow {
  return {
    id: r.uuid(),
    ...place,
    kind,
    name,
    estate_id: estateId,
    organization_id: organizationId,
    contact_name:
      kind === 'existing_group'
        ? null
        : `${r.pick(['王', '李', '张', '刘', '陈'])}${r.pick(['主任', '经理', '老师', '老板'])}`,
    contact_phone: `139${String(r.int(10_000_000, 99_999_999))}`,
    relationship_notes: null,
  };
}

function need(
  r: Random,
  place: { street_id: string; community_id: string },
  fields: {
    category: NeedCategory;
    description: string | null;
    source: NeedRow['source'];
    mentions: number;
    date: string;
  },
): NeedRow {
  return {
    id: r.uuid(),
    ...place,
    estate_id: null,
    courtyard_id: null,
    category: fields.category,
    description: fields.description,
    raised_by: null,
    raised_by_person_id: null,
    source: fields.source,
    reality: fields.source === 'questionnaire' ? 'surface' : r.pick(['surface', 'confirmed', 'confirmed'] as const),
    provider: r.pick(['market', 'government', 'community_groups', 'community_groups'] as const),
    status: r.pick(['open', 'open', 'in_progress', 'met'] as const),
    recorded_on: fields.date,
    mentions: fields.mentions,
  };
}
