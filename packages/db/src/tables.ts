import type { Generated } from 'kysely';
import { type PasswordResetTables, passwordResetTablesAfterFoundation } from './accounts/password-reset-tables';
import { type ActivityTables, activityTablesAfterFoundation, activityTablesAfterTracking } from './activities/tables';
import { type AllocationTables, allocationTablesAfterSurvey } from './allocation/tables';
import { type BooksTables, booksTablesAfterFoundation } from './books/tables';
import { type ChatTables, chatTablesAfterEvaluation } from './chat/tables';
import { type CoachingTables, coachingTablesAfterFoundation } from './coaching/tables';
import type { CreatedAt, Timestamp } from './column-types';
import { type CommunityTables, communityTablesAfterFoundation } from './communities/tables';
import { type DeliberationTables, deliberationTablesAfterGrants } from './deliberation/tables';
import { type EvaluationTables, evaluationTablesAfterGrants } from './evaluation/tables';
import { type GrantMoneyTables, grantMoneyTablesAfterProposals } from './grants/agreement-tables';
import { type GrantReviewTables, grantReviewTablesAfterProposals } from './grants/review-tables';
import { type GrantTables, grantTablesAfterActivities, grantTablesBeforeActivities } from './grants/tables';
import {
  type OrganizationTables,
  organizationTablesAfterCoaching,
  organizationTablesAfterFoundation,
} from './organizations/tables';
import { type PeopleTables, peopleTablesAfterFoundation } from './people/tables';
import { type PublicityTables, publicityTablesAfterFoundation } from './publicity/tables';
import { type TrackingTables, trackingTablesAfterFoundation } from './tracking/tables';
import { type TrainingTables, trainingTablesAfterFoundation } from './training/tables';
import { type VolunteeringTables, volunteeringTablesAfterFoundation } from './volunteering/tables';

/**
 * Table types for Kysely, mirroring the migrations. Row shapes only: the API's shapes live in core.
 * Dates (`date`) are read as 'YYYY-MM-DD' strings so no time zone can shift them.
 */

export interface SettingsTable {
  key: string;
  value: unknown;
}

export interface UsersTable {
  id: string;
  username: string | null;
  phone: string | null;
  display_name: string;
  password_hash: string | null;
  role: string;
  scope_kind: string;
  scope_id: string | null;
  person_id: string | null;
  locale: Generated<string>;
  created_at: CreatedAt;
  /** Set while the account is deactivated: it cannot sign in and has no sessions. */
  deactivated_at: Date | null;
  /** The last password sign-in (bookkeeping for the accounts page, like a session's last use). */
  last_login_at: Date | null;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
}

/** A login-failure counter (see core's login-throttle.ts); the key is a hash of what it counts. */
export interface LoginThrottlesTable {
  key: string;
  user_id: string | null;
  failures: Generated<number>;
  last_failure_at: Date | null;
  wait_until: Date | null;
  last_success_at: Date | null;
  forget_at: Timestamp;
}

export interface InvitesTable {
  id: string;
  code_hash: string;
  /** Null only for an invite to the whole deployment. */
  street_id: string | null;
  /** A leader's or member's organization (= scope_id); null for other roles. */
  organization_id: string | null;
  scope_kind: string;
  scope_id: string | null;
  role: string;
  display_name: string;
  person_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Date | null;
  used_by: string | null;
}

export interface AuditLogTable {
  id: Generated<string>;
  street_id: string | null;
  at: Timestamp;
  actor_user_id: string | null;
  action: string;
  table_name: string;
  record_id: string;
  before: unknown;
  after: unknown;
}

/** Every table; each capability declares its own in `<capability>/tables.ts`. */
export interface Database
  extends CommunityTables,
    PeopleTables,
    OrganizationTables,
    ActivityTables,
    TrackingTables,
    CoachingTables,
    VolunteeringTables,
    PublicityTables,
    PasswordResetTables,
    BooksTables,
    GrantTables,
    GrantReviewTables,
    TrainingTables,
    GrantMoneyTables,
    AllocationTables,
    DeliberationTables,
    EvaluationTables,
    ChatTables {
  settings: SettingsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_throttles: LoginThrottlesTable;
  invites: InvitesTable;
  audit_log: AuditLogTable;
}

/**
 * Tables in foreign-key order: parents before children. Backup writes them in this order and
 * restore loads them in this order; the demo loader inserts in this order too.
 */
export const tablesInDependencyOrder = [
  'settings',
  'streets',
  'communities',
  'estates',
  'courtyards',
  'people',
  'organizations',
  'organization_service_areas',
  'organization_members',
  'users',
  'sessions',
  'login_throttles',
  'invites',
  'audit_log',
  // Later capabilities: people's tables may reference only the foundation's; organizations' also
  // people's; the community survey's anything before it.
  ...peopleTablesAfterFoundation,
  ...organizationTablesAfterFoundation,
  ...communityTablesAfterFoundation,
  // An activity held for a funded project points at its proposal's plan item (计划内).
  ...grantTablesBeforeActivities,
  // Activities point at people, organizations, spaces and estates: they come last. Tracking logs
  // point at activities, and an activity's photos may point at a tracking log.
  ...activityTablesAfterFoundation,
  ...trackingTablesAfterFoundation,
  ...activityTablesAfterTracking,
  // Coaching, volunteer hours and publicity point at activities.
  ...coachingTablesAfterFoundation,
  // A service-model card's 梳理 session may point at the coaching session it was held at.
  ...organizationTablesAfterCoaching,
  ...volunteeringTablesAfterFoundation,
  ...publicityTablesAfterFoundation,
  ...passwordResetTablesAfterFoundation,
  // A team's cash book points at organizations, people and users.
  ...booksTablesAfterFoundation,
  // Grant rounds point at streets, communities, estates and users.
  ...grantTablesAfterActivities,
  // Training points at people, communities and users only.
  ...trainingTablesAfterFoundation,
  // Reviews point at grant proposals, rounds, people, organizations and users.
  ...grantReviewTablesAfterProposals,
  // A grant's money points at its proposal, activities, people and users.
  ...grantMoneyTablesAfterProposals,
  // Space booking, disputes and honours point at spaces, stakeholders, organizations and people.
  ...allocationTablesAfterSurvey,
  // Meetings and votes point at activities, sign-ins, people and grant proposals.
  ...deliberationTablesAfterGrants,
  // Evaluation campaigns point at grant rounds, organizations and users.
  ...evaluationTablesAfterGrants,
  // Chat groups point at organizations, sub-teams, people and users.
  ...chatTablesAfterEvaluation,
] as const satisfies readonly (keyof Database)[];
