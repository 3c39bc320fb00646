import type { StageModel } from '@seedbed/core';
import { generateAccounts } from './accounts';
import { generateActivityDemo } from './activity-extension';
import { generateAllocationDemo } from './allocation-extension';
import { generateBooksDemo } from './books-extension';
import { generateChatDemo } from './chat-extension';
import { generateCoachingDemo } from './coaching-extension';
import { assertIsoDate } from './dates';
import { generateDeliberationDemo } from './deliberation-extension';
import type { DemoData } from './demo-data';
import { generateEvaluationDemo } from './evaluation-extension';
import { generateGrantsDemo } from './grants-extension';
import { generateGrantMoneyDemo } from './grants-money-extension';
import { generateProposalsDemo } from './grants-proposals-extension';
import { generateReviewsDemo } from './grants-review-extension';
import { generateMemberships, markActivists } from './members';
import { createPhoneBook } from './names';
import { type GeneratedOrganization, generateOrganizations, type PinnedOrganization } from './organizations';
import { generateResidents } from './people';
import { generatePeopleDemo } from './people-extension';
import { generatePlaces, mainStreetPlan, otherStreetPlan } from './places';
import { linkActivitiesToPlanItems } from './plan-links';
import { datedDuringForum, generateProgrammeDemo } from './programme-extension';
import { generatePublicityDemo } from './publicity-extension';
import { createRandom, type Random } from './random';
import { generateRegistryDemo } from './registry-extension';
import type { BaseDemoData } from './rows';

export { type ChatSampleExports, chatSampleExports, chatSamplePeriod } from './chat-sample';
export type { DemoData } from './demo-data';
export type { DemoGrantPayment } from './grants-money-extension';
/** The demo's seeded random stream, for tests that draw samples the same way on every run. */
export { createRandom, type Random } from './random';

import { generateSurveyDemo } from './survey-extension';
import type { FiveStage } from './templates';
import { generateTrackingDemo } from './tracking-extension';
import { generateTrainingDemo } from './training-extension';
import { generateVolunteeringDemo } from './volunteering-extension';

export type {
  BaseDemoData,
  CommunityRow,
  CourtyardRow,
  DemoAccount,
  EstateRow,
  OrganizationMemberRow,
  OrganizationRow,
  OrganizationServiceAreaRow,
  PersonRow,
  SettingRow,
  StreetRow,
  UserRow,
} from './rows';

/** The password of every demo login; the loader hashes it into users.password_hash. */
export const demoPassword = 'seedbed-demo';

/** The leader's team: an active sapling of about twenty that serves a second community. */
const leaderTeam: PinnedOrganization = {
  templateName: '夕阳红舞蹈队',
  communityName: '槐荫社区',
  stage: 'sapling',
  filing: 'filed',
  memberCount: 22,
  servedCommunityNames: ['东井社区'],
};

/** The team of leader2 and member2, in the neighbouring street. */
const otherStreetTeam: PinnedOrganization = {
  templateName: '{c}太极拳队',
  communityName: '桂香社区',
  stage: 'sapling',
  filing: 'filed',
  memberCount: 16,
  servedCommunityNames: [],
};

/**
 * How big the demo street is. `full` is the street of `npm start` and of every test that reads the
 * demo's figures. `small` is the same two streets with about a quarter of the residents and a
 * fifth of the organizations (every stage, type and demo login still there): quicker to load,
 * back up and restore, for tests that move a whole street through the `seedbed` command.
 */
export type DemoSize = 'full' | 'small';
export const demoSizes = ['full', 'small'] as const satisfies readonly DemoSize[];

/**
 * A whole demo street, the same for the same seed, `today` (YYYY-MM-DD, the date the data is as
 * of: nothing is founded or joined after it) and size (`full` by default). Pure: no clock, no I/O,
 * no Math.random.
 */
export function generateDemo(options: { seed: number; today: string; size?: DemoSize }): DemoData {
  const { seed, today, size = 'full' } = options;
  assertIsoDate(today);
  const random = createRandom(seed);

  const places = generatePlaces(random.fork('places'), [mainStreetPlan, otherStreetPlan]);
  const [mainStreet, otherStreet] = places.streets;
  if (!mainStreet || !otherStreet) throw new Error('the demo needs two streets');
  const residentsPerStreet = new Map([
    [mainStreet.id, size === 'full' ? 1_500 : 400],
    [otherStreet.id, size === 'full' ? 120 : 60],
  ]);
  const nextPhone = createPhoneBook(random.fork('phones'));
  const residents = generateResidents(random.fork('people'), places, residentsPerStreet, today, nextPhone);

  const organizationRandom = random.fork('organizations');
  const usedNames = new Set<string>();
  const mainOrganizations = generateOrganizations(
    organizationRandom,
    places,
    {
      street: mainStreet,
      pinned: [leaderTeam],
      stages: size === 'full' ? mainStreetStages(organizationRandom) : smallMainStreetStages,
      coverAllTypes: true,
      outsideCommunities: places.communities.filter((c) => c.street_id === otherStreet.id),
    },
    today,
    usedNames,
  );
  const otherOrganizations = generateOrganizations(
    organizationRandom,
    places,
    {
      street: otherStreet,
      pinned: [otherStreetTeam],
      stages: size === 'full' ? ['nurturing', 'seed', 'seed', 'seed', 'sapling'] : ['seed'],
      coverAllTypes: false,
      outsideCommunities: [],
    },
    today,
    usedNames,
  );
  const organizations = [...mainOrganizations, ...otherOrganizations];
  const memberships = generateMemberships(random.fork('members'), organizations, residents, today);
  markActivists(random.fork('activists'), residents, memberships);

  const { users, accounts } = generateAccounts(random.fork('accounts'), {
    mainStreet,
    leaderOrganization: first(mainOrganizations),
    otherOrganization: first(otherOrganizations),
    communities: places.communities,
    residents,
    memberships,
  });

  const base: BaseDemoData = {
    settings: [{ key: 'stage_model', value: 'five_stage' satisfies StageModel }],
    streets: places.streets,
    communities: places.communities,
    estates: places.estates,
    courtyards: places.courtyards,
    people: residents.map((r) => r.row),
    organizations: organizations.map((o) => o.row),
    organization_service_areas: organizations.flatMap((o) => o.serviceAreas),
    organization_members: memberships,
    users,
    accounts,
  };
  const activities = generateActivityDemo(random.fork('activity-extension'), base, today);
  const grants = generateGrantsDemo(random.fork('grants-extension'), base, today);
  const registry = generateRegistryDemo(random.fork('registry-extension'), base, today);
  const proposals = generateProposalsDemo(
    random.fork('grants-proposals-extension'),
    base,
    grants,
    registry.organizations,
    today,
  );
  // 计划内: approved proposals' teams' activities link to their plan items, before later slices copy them.
  activities.activities = linkActivitiesToPlanItems(activities, proposals);
  const survey = generateSurveyDemo(random.fork('survey-extension'), base, today);
  const programmes = generateProgrammeDemo(random.fork('programme-extension'), base, activities, today);
  // The forum moved some seeds up to saplings: their sapling assessments are dated inside it.
  registry.stage_assessments = datedDuringForum(registry.stage_assessments, programmes);
  // Each later capability adds its tables (and may fill in its own columns of base tables).
  return {
    ...base,
    ...generatePeopleDemo(random.fork('people-extension'), base, today),
    ...registry,
    ...survey,
    ...activities,
    // Later slices build on the activities.
    ...generateTrackingDemo(random.fork('tracking-extension'), base, activities, today),
    ...generateCoachingDemo(random.fork('coaching-extension'), base, activities, today),
    ...programmes,
    ...generateVolunteeringDemo(random.fork('volunteering-extension'), base, activities, today),
    ...generatePublicityDemo(random.fork('publicity-extension'), base, activities, today),
    ...generateBooksDemo(random.fork('books-extension'), base, today),
    ...grants,
    ...proposals,
    ...generateReviewsDemo(random.fork('grants-review-extension'), base, grants, proposals, today),
    ...generateGrantMoneyDemo(random.fork('grants-money-extension'), base, grants, proposals, today),
    // Training links its graduated cohort to the grants' rounds.
    ...generateTrainingDemo(random.fork('training-extension'), base, today, grants),
    // Bookings, disputes and honours are about the survey's spaces and stakeholders.
    ...generateAllocationDemo(random.fork('allocation-extension'), base, survey, today),
    // Meetings and votes name the round's proposals.
    ...generateDeliberationDemo(random.fork('deliberation-extension'), base, proposals, programmes, today),
    ...generateEvaluationDemo(random.fork('evaluation-extension'), base, today),
    // A year of chat around the activities; orientation changes set how much is about public matters.
    // The registry's chat groups are the chat trail's rows (one table): the chat trail takes them over.
    ...generateChatDemo(
      random.fork('chat-extension'),
      base,
      registry.organization_changes,
      activities,
      today,
      registry.chat_groups,
    ),
  };
}

/**
 * Stages of the main street's drawn organizations (the leader's sapling comes on top): most are
 * seeds and saplings, a handful are being nurtured, few have grown into trees — the shape of seed
 * 002's street after three years of cultivation. 74–84 drawn, so 75–85 in all.
 */
function mainStreetStages(random: Random): FiveStage[] {
  const counts: [FiveStage, number][] = [
    ['nurturing', random.int(6, 8)],
    ['seed', random.int(31, 34)],
    ['sapling', random.int(25, 27)],
    ['small_tree', random.int(9, 11)],
    ['big_tree', random.int(3, 4)],
  ];
  return counts.flatMap(([stage, count]) => Array.from({ length: count }, () => stage));
}

/** The small street's drawn organizations: every stage, enough seeds and saplings to cover every type. */
const smallMainStreetStages: FiveStage[] = [
  'nurturing',
  ...Array.from({ length: 6 }, (): FiveStage => 'seed'),
  ...Array.from({ length: 5 }, (): FiveStage => 'sapling'),
  'small_tree',
  'small_tree',
  'big_tree',
  'big_tree',
];

function first(organizations: readonly GeneratedOrganization[]): GeneratedOrganization {
  const organization = organizations[0];
  if (!organization) throw new Error('a street without its pinned organization');
  return organization;
}
