import type { Db } from '@seedbed/db';
import type { Client, JsonResponse } from './api';
import type { demoIds } from './demo-ids';

/**
 * The access-control table's vocabulary. Demo logins: admin (deployment), staff/assistant/street/
 * expert (main street), funder (deployment), leader/member (夕阳红舞蹈队 in the main street),
 * official (its home community), leader2/member2 (an organization in the other street), deputy and
 * treasurer (member accounts of 夕阳红舞蹈队 whose team role adds core's `teamRoleGrants`).
 */
export const logins = [
  'admin',
  'staff',
  'assistant',
  'leader',
  'member',
  'official',
  'street',
  'funder',
  'expert',
  'leader2',
  'member2',
  'deputy',
  'treasurer',
] as const;
export type Login = (typeof logins)[number] | 'anonymous';
export type Ids = Awaited<ReturnType<typeof demoIds>>;

export interface AccessContext {
  ids: Ids;
  db: Db;
  /** A number unique to this call, for names that must not repeat. */
  n: number;
}

/**
 * Whose personal data a login may receive, said in the domain's words and turned into people by
 * tests/support/personal-data.ts from the tables (not from the scope code under test):
 * - `everyone`: every person held;
 * - `lives in scope`: people whose street (street scope) or community (community scope) is the login's;
 * - `members of organizations in scope`: people who are or were members of an organization the
 *   login sees — its own (organization scope), or one at home in or serving its community or street;
 * - `current members of its organization`: people who are members of the login's own organization today.
 * Every login may also receive its own account's name and phone.
 */
export type PeopleReach =
  | 'everyone'
  | 'lives in scope'
  | 'members of organizations in scope'
  | 'current members of its organization';

export interface PersonalDataPolicy {
  /** Whose names (people rows, and the accounts linked to them) it may receive. */
  names: readonly PeopleReach[];
  /** Whose full phone numbers it may receive; anyone else's must come masked (138****1234). */
  phones: readonly PeopleReach[];
  /**
   * Names held on an activity — self sign-ins, guests, feedback's `said_by`, volunteers' sign-ins
   * and hours — of activities in the streets the login works in.
   */
  activityNames: boolean;
  /** Phones held on an activity (self and volunteers' sign-ins), likewise. */
  activityPhones: boolean;
  /** Children (under 18, or signed in as a child): names and facts only for those who work with them. */
  children: boolean;
  /**
   * 居委会态度 — the incubator's judgement of the residents' committee (communities'
   * `committeeAttitude`, the attitudes on the committee's stakeholder row): its staff only.
   */
  committeeAttitude?: boolean;
  /**
   * Phones of sign-in accounts (officials', staff's, funders' — anyone's, linked to a resident or
   * not) whose scope lies in the streets the login works in: those who manage accounts and hand
   * over reset codes (admin, staff) see them on the accounts page; nobody else does.
   */
  accountPhones: boolean;
}

const nobody: PersonalDataPolicy = {
  names: [],
  phones: [],
  activityNames: false,
  activityPhones: false,
  children: false,
  accountPhones: false,
};

/**
 * What each login may receive of residents' personal data, checked on every row's answer by
 * access-control.test.ts. From the domain (../shared/domain.md, README's role table) and core's
 * permissions: contacts only for roles with `person.contact.read` and only of people they serve;
 * names for those who work in the community; funders and experts "without residents' names";
 * ID numbers are held for nobody, so no one receives one. No one anonymous receives any, except
 * what a row declares (a published share page).
 */
/** A team's member account: who is in the team and who came, never their numbers. */
const teamMember: PersonalDataPolicy = {
  names: ['members of organizations in scope'],
  phones: [],
  activityNames: true,
  activityPhones: false,
  children: true,
  accountPhones: false,
};

export const personalDataPolicy: Record<Login, PersonalDataPolicy> = {
  admin: {
    names: ['everyone'],
    phones: ['everyone'],
    activityNames: true,
    activityPhones: true,
    children: true,
    committeeAttitude: true,
    accountPhones: true,
  },
  // Staff work the whole street and the organizations serving it.
  staff: {
    names: ['lives in scope', 'members of organizations in scope'],
    phones: ['lives in scope', 'members of organizations in scope'],
    activityNames: true,
    activityPhones: true,
    children: true,
    committeeAttitude: true,
    accountPhones: true,
  },
  // Assistants record visits and logs, and see no contact details (roles.ts).
  assistant: {
    names: ['lives in scope', 'members of organizations in scope'],
    phones: [],
    activityNames: true,
    activityPhones: false,
    children: true,
    committeeAttitude: true,
    accountPhones: false,
  },
  // A leader runs their team from a phone: members' names and phones, who came to its activities.
  leader: {
    names: ['members of organizations in scope'],
    phones: ['current members of its organization'],
    activityNames: true,
    activityPhones: true,
    children: true,
    accountPhones: false,
  },
  // A member sees who is in the team and who came, never their numbers.
  member: teamMember,
  // The residents' committee: its residents, and who is in the organizations serving it; phones of
  // its own residents only (a member living in another community is that community's to call).
  official: {
    names: ['lives in scope', 'members of organizations in scope'],
    phones: ['lives in scope'],
    activityNames: true,
    activityPhones: false,
    children: true,
    accountPhones: false,
  },
  // The street office reads records and dashboards; it has no `person.contact.read`.
  street: {
    names: ['lives in scope', 'members of organizations in scope'],
    phones: [],
    activityNames: true,
    activityPhones: false,
    children: true,
    accountPhones: false,
  },
  // "everything, without residents' names" (README): no names, phones or children.
  funder: nobody,
  expert: nobody,
  leader2: {
    names: ['members of organizations in scope'],
    phones: ['current members of its organization'],
    activityNames: true,
    activityPhones: true,
    children: true,
    accountPhones: false,
  },
  member2: teamMember,
  // A deputy records the team's activities like the leader (who came, their hours) but manages no
  // members, so reads no one's number; the treasurer keeps the money. Of people, a member's view.
  deputy: teamMember,
  treasurer: teamMember,
  anonymous: nobody,
};

/** A narrow exception to `personalDataPolicy` for one row and some logins, with the reason. */
export interface PersonalDataException {
  logins: readonly Login[];
  /** What more they may receive on this row (`activityNames`: those of the row's activity, whatever its street). */
  mayReceive: Partial<Pick<PersonalDataPolicy, 'activityNames'>> & { names?: readonly PeopleReach[] };
  why: string;
}

export interface AccessRow {
  name: string;
  /** The OpenAPI route this row covers, e.g. 'GET /api/organizations/{id}'. */
  route: string;
  /** The whole answer: its status is checked against `expect`, its body against `personalDataPolicy`. */
  call: (client: Client, context: AccessContext) => Promise<JsonResponse>;
  /** The status each login must get; build it with `all`. */
  expect: Record<Login, number>;
  exceptions?: readonly PersonalDataException[];
}

/**
 * Every login gets `status` (anonymous gets 401) unless overridden. The deputy and the treasurer
 * hold member accounts, so they get what `member` gets unless the row names them: a row whose
 * action a team role grants (core's `teamRoleGrants`) says so.
 */
export const all = (status: number, overrides: Partial<Record<Login, number>> = {}): Record<Login, number> =>
  ({
    ...Object.fromEntries(logins.map((login) => [login, status])),
    anonymous: 401,
    deputy: overrides.member ?? status,
    treasurer: overrides.member ?? status,
    ...overrides,
  }) as Record<Login, number>;
