import { type CommitteeAttitude, type FilingStatus, type OrganizationType, organizationTypes } from '@seedbed/core';
import { addDays, dateBetween, earlier } from './dates';
import { filingFor, foundingDate, memberCountFor, orientationFor, settleLifecycles } from './lifecycle';
import { type Places, shortName } from './places';
import type { Random } from './random';
import type { CommunityRow, OrganizationRow, OrganizationServiceAreaRow, StreetRow } from './rows';
import { type FiveStage, type OrganizationTemplate, organizationTemplates } from './templates';

/**
 * The self-organizations of one street, with the communities they serve besides their home.
 * Most are seeds and saplings, few are trees (the stage plan is the caller's); old teams that never
 * grew have often died; a couple of street-wide associations reach into the neighbouring street.
 */
export interface GeneratedOrganization {
  row: OrganizationRow;
  template: OrganizationTemplate;
  servedCommunities: CommunityRow[];
  serviceAreas: OrganizationServiceAreaRow[];
  /** The day a dissolved organization stopped; null while it lives. */
  endedOn: string | null;
  /** Current members (for a dissolved team: members at the end); past members come on top. */
  memberCount: number;
  /**
   * Made to order for the demo accounts: stays active and has a deputy, a treasurer and a logistics
   * officer whatever its stage (so the leader's screens show them).
   */
  isPinned: boolean;
}

/** An organization the demo accounts rely on, so it is made to order rather than drawn. */
export interface PinnedOrganization {
  /** One of a template's names, e.g. '夕阳红舞蹈队' or '{c}太极拳队'. */
  templateName: string;
  communityName: string;
  stage: FiveStage;
  filing: FilingStatus;
  memberCount: number;
  servedCommunityNames: readonly string[];
}

export interface StreetOrganizationPlan {
  street: StreetRow;
  pinned: readonly PinnedOrganization[];
  /** Stages of the drawn organizations, one per organization. */
  stages: readonly FiveStage[];
  /** Make sure every organization type appears (the main street shows the whole range). */
  coverAllTypes: boolean;
  /** Communities of other streets that the street's big trees also serve. */
  outsideCommunities: readonly CommunityRow[];
}

/** An incubator finds more teams where the residents' committee cooperates (seed 003 §1). */
const attitudeFactor: Record<CommitteeAttitude, number> = { cooperative: 1.2, wait_and_see: 0.7, refusing: 0.3 };

export function generateOrganizations(
  random: Random,
  places: Places,
  plan: StreetOrganizationPlan,
  today: string,
  /** Names already given, across streets: the demo keeps every organization's name unique. */
  usedNames: Set<string>,
): GeneratedOrganization[] {
  const communities = places.communities.filter((c) => c.street_id === plan.street.id);
  const made: GeneratedOrganization[] = [];
  const context = { random, places, street: plan.street, usedNames };

  for (const pinned of plan.pinned) {
    const template = organizationTemplates.find((t) => t.names.includes(pinned.templateName));
    const home = communities.find((c) => c.name === pinned.communityName);
    if (!template || !home) throw new Error(`pinned organization ${pinned.templateName} has no template or home`);
    const name = fillName(pinned.templateName, home, plan.street);
    usedNames.add(name);
    const organization = build(context, template, home, name, pinned.stage, foundingDate(random, pinned.stage, today));
    organization.row.filing_status = pinned.filing;
    organization.memberCount = pinned.memberCount;
    organization.isPinned = true;
    organization.servedCommunities = places.communities.filter((c) => pinned.servedCommunityNames.includes(c.name));
    made.push(organization);
  }

  const uncovered = plan.coverAllTypes
    ? organizationTypes.filter((type) => !made.some((o) => o.row.organization_type === type))
    : [];
  let outsideServed = 0;
  for (const stage of random.shuffle(plan.stages)) {
    const coverType = stage === 'seed' || stage === 'sapling' ? uncovered.shift() : undefined;
    const homes = communities.filter((c) => stage !== 'big_tree' || c.committee_attitude === 'cooperative');
    const home = random.weighted(
      homes.map(
        (c) => [c, (c.resident_population ?? 1) * attitudeFactor[c.committee_attitude ?? 'wait_and_see']] as const,
      ),
    );
    const { template, name } = drawTemplate(context, stage, home, coverType);
    const organization = build(context, template, home, name, stage, foundingDate(random, stage, today));
    const others = random.shuffle(communities.filter((c) => c.id !== home.id));
    const servedCount =
      stage === 'big_tree' ? random.int(2, 4) : stage === 'small_tree' ? (random.chance(0.5) ? 1 : 0) : 0;
    const served = others.slice(0, stage === 'sapling' && random.chance(0.15) ? 1 : servedCount);
    // The first two big trees reach into the neighbouring street as well.
    const outside = plan.outsideCommunities[outsideServed % Math.max(plan.outsideCommunities.length, 1)];
    if (stage === 'big_tree' && outside && outsideServed < 2) {
      served.push(outside);
      outsideServed += 1;
    }
    organization.servedCommunities = served;
    made.push(organization);
  }

  settleLifecycles(random, made, today);
  for (const organization of made) {
    organization.serviceAreas = organization.servedCommunities.map((c) => serviceArea(random, organization, c, today));
  }
  return made;
}

interface Context {
  random: Random;
  places: Places;
  street: StreetRow;
  usedNames: Set<string>;
}

function drawTemplate(
  context: Context,
  stage: FiveStage,
  home: CommunityRow,
  coverType: OrganizationType | undefined,
): { template: OrganizationTemplate; name: string } {
  const estateTypesAtHome = new Set(
    context.places.estates.filter((e) => e.community_id === home.id).map((e) => e.estate_type),
  );
  const fitting = organizationTemplates.filter(
    (t) => t.stages.includes(stage) && (!t.estateTypes || t.estateTypes.some((type) => estateTypesAtHome.has(type))),
  );
  const ofType = fitting.filter((t) => coverType !== undefined && t.type === coverType);
  const candidates = ofType.length > 0 ? ofType : fitting;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const template = context.random.weighted(candidates.map((t) => [t, t.weight] as const));
    const name = freeName(context, template, home);
    if (name) {
      context.usedNames.add(name);
      return { template, name };
    }
  }
  throw new Error(`no free organization name for a ${stage} in ${home.name}`);
}

/** One of the template's names not yet taken in the street, else the community's short name + stem. */
function freeName(context: Context, template: OrganizationTemplate, home: CommunityRow): string | null {
  const names = template.names.map((n) => fillName(n, home, context.street)).filter((n) => !context.usedNames.has(n));
  if (names.length > 0) return context.random.pick(names);
  const fallback = `${shortName(home.name)}${template.stem}`;
  return context.usedNames.has(fallback) ? null : fallback;
}

function fillName(pattern: string, home: CommunityRow, street: StreetRow): string {
  return pattern.replaceAll('{c}', shortName(home.name)).replaceAll('{s}', shortName(street.name));
}

function build(
  context: Context,
  template: OrganizationTemplate,
  home: CommunityRow,
  name: string,
  stage: FiveStage,
  foundedOn: string,
): GeneratedOrganization {
  const { random, places, street } = context;
  const atHome = places.estates.filter((e) => e.community_id === home.id);
  const fitting = atHome.filter((e) => template.estateTypes?.includes(e.estate_type) ?? true);
  const estates = fitting.length > 0 ? fitting : atHome;
  const place = random
    .pick(template.places)
    .replaceAll('{c}', home.name)
    .replaceAll('{s}', shortName(street.name))
    .replaceAll('{e}', random.pick(estates).name);
  const row: OrganizationRow = {
    id: random.uuid(),
    street_id: street.id,
    home_community_id: home.id,
    name,
    organization_type: template.type,
    orientation: orientationFor(random, template.orientation, stage),
    stage,
    status: 'active',
    status_reason: null,
    founded_on: foundedOn,
    filing_status: filingFor(random, stage),
    description: template.description,
    meeting_place: place,
  };
  return {
    row,
    template,
    servedCommunities: [],
    serviceAreas: [],
    endedOn: null,
    memberCount: memberCountFor(random, stage),
    isPinned: false,
  };
}

/** A team starts serving a neighbouring community some months after it is founded. */
function serviceArea(
  random: Random,
  organization: GeneratedOrganization,
  community: CommunityRow,
  today: string,
): OrganizationServiceAreaRow {
  const foundedOn = organization.row.founded_on ?? today;
  const end = organization.endedOn ?? today;
  return {
    organization_id: organization.row.id,
    community_id: community.id,
    street_id: community.street_id,
    since: dateBetween(random, earlier(addDays(foundedOn, 180), end), end),
    until: organization.endedOn,
  };
}
