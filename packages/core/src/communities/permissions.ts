import type { Role } from '../shared/roles';

const everyone = [
  'admin',
  'incubator_staff',
  'incubator_assistant',
  'organization_leader',
  'organization_member',
  'community_official',
  'street_official',
  'funder',
  'expert_reviewer',
] as const satisfies readonly Role[];

/** Streets and communities: what each role may do, inside its scope (core/src/permissions.ts gathers these). */
export const communityPermissions = {
  'street.read': ['admin', 'incubator_staff', 'incubator_assistant', 'street_official', 'funder', 'expert_reviewer'],
  /**
   * A community's dashboard: those who read the street's, and the residents' committee for its own
   * community (scope keeps an official to theirs). It never carries the committee's attitude.
   */
  'community.dashboard.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'community_official',
    'street_official',
    'funder',
    'expert_reviewer',
  ],
  /** Creating, renaming and archiving streets: the deployment's admin only. */
  'place.street.manage': ['admin'],
  /**
   * A street's communities, estates and courtyards (地点管理, the place sheet): the admin, and staff
   * who work the whole street (the store refuses a staff member scoped to one community).
   */
  'place.manage': ['admin', 'incubator_staff'],
  'community.read': everyone,
  /**
   * The survey of a community (profile, stakeholders, needs, spaces, resources, resource map): those
   * who work there. Members of a team see their own organization, not the survey.
   */
  'community.survey.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'organization_leader',
    'community_official',
    'street_official',
    'funder',
    'expert_reviewer',
  ],
  /**
   * 居委会态度 (seed 003: 积极配合 / 被动观望 / 拒绝参与) is the incubator's working judgement of the
   * residents' committee: its staff and assistants only. Never shown to the committee, the street
   * office, the teams, funders or experts, in any answer (core's communities/views.ts).
   */
  'community.committee_attitude.read': ['admin', 'incubator_staff', 'incubator_assistant'],
  /** The profile, estates, stakeholders and the site plan: staff, who own the survey. */
  'community.profile.update': ['admin', 'incubator_staff'],
  /**
   * Day-to-day survey records (attitudes, engagement log, needs, questionnaire answers, spaces,
   * resources and their uses): assistants record them too — they record visits and logs.
   */
  'community.survey.record': ['admin', 'incubator_staff', 'incubator_assistant'],
  /**
   * Archiving a stakeholder, need, space or resource entered by mistake: staff, who own the survey.
   * Assistants record, but take nothing out of the record (they approve nothing).
   */
  'community.survey.archive': ['admin', 'incubator_staff'],
  /** Stakeholders' contact phones: never for assistants (domain rule), funders, experts or leaders. */
  'community.contacts.read': ['admin', 'incubator_staff', 'community_official', 'street_official'],
  /**
   * Residents' names in the survey (who raised a need, whose skill a resource is — children too):
   * the roles that read residents (`person.read`). Not funders or experts, and not a team's
   * leader, who reads the survey of the communities it serves but may not open those residents'
   * records either.
   */
  'community.residents.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'community_official',
    'street_official',
  ],
} as const satisfies Record<string, readonly Role[]>;
