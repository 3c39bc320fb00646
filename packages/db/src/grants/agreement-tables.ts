import type { ColumnType } from 'kysely';
import type { CreatedAt, Timestamp } from '../column-types';

/** Fen in int8: read as bigint (connection.ts), written as bigint or a safe integer (the demo's rows). */
type Fen = ColumnType<bigint, bigint | number, bigint | number>;

/** Tables of a grant's money (migration 0025): agreement, tranches, claims, 报销会 sessions, closing. */

export interface GrantAgreementsTable {
  id: string;
  street_id: string;
  organization_id: string;
  proposal_id: string;
  round_id: string;
  title: string;
  grantor_name: string;
  team_name: string;
  approved_fen: Fen;
  starts_on: string;
  ends_on: string;
  tolerance_percent: number;
  /** core's AgreementLine[] as signed. */
  lines: unknown;
  /** The round's negative list as it was when signed. */
  negative_list: unknown;
  closed_at: Date | string | null;
  created_by: string | null;
  created_at: Timestamp;
  /** The team's closing words 结项总结 (migration 0030), written until the grant is closed. */
  closing_words: ColumnType<string | null, string | null | undefined, string | null>;
  closing_words_by: ColumnType<string | null, string | null | undefined, string | null>;
  closing_words_at: ColumnType<Date | string | null, Date | string | null | undefined, Date | string | null>;
}

export interface GrantTranchesTable {
  id: string;
  street_id: string;
  organization_id: string;
  agreement_id: string;
  number: number;
  amount_fen: Fen;
  due_on: string | null;
  note: string;
  paid_on: string | null;
  paid_by: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface GrantClaimSessionsTable {
  id: string;
  street_id: string;
  held_on: string;
  title: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface GrantClaimsTable {
  id: string;
  street_id: string;
  organization_id: string;
  agreement_id: string;
  number: number;
  line_key: string;
  amount_fen: Fen;
  spent_on: string;
  description: string;
  /** Who advanced the money 垫付; both null after the person's erasure. */
  advanced_by_person_id: string | null;
  advanced_by_name: string | null;
  activity_id: string | null;
  state: string;
  session_id: string | null;
  negative_list_hits: unknown;
  submitted_by: string;
  checked_by: string | null;
  approved_by: string | null;
  paid_by: string | null;
  paid_on: string | null;
  from_held_fen: Fen;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface GrantClaimEventsTable {
  id: string;
  street_id: string;
  claim_id: string;
  state: string;
  by_user_id: string;
  note: string;
  at: Timestamp;
}

export interface GrantClaimReceiptsTable {
  id: string;
  street_id: string;
  organization_id: string;
  claim_id: string;
  file_key: string;
  thumbnail_key: string;
  content_sha256: string;
  uploaded_by: string | null;
  uploaded_at: CreatedAt;
}

export interface GrantClosingsTable {
  id: string;
  agreement_id: string;
  street_id: string;
  organization_id: string;
  closed_on: string;
  team_words: string;
  figures: unknown;
  closed_by: string | null;
  closed_at: Timestamp;
}

export interface GrantMoneyTables {
  grant_agreements: GrantAgreementsTable;
  grant_tranches: GrantTranchesTable;
  grant_claim_sessions: GrantClaimSessionsTable;
  grant_claims: GrantClaimsTable;
  grant_claim_events: GrantClaimEventsTable;
  grant_claim_receipts: GrantClaimReceiptsTable;
  grant_closings: GrantClosingsTable;
}

/** Parents first; after the proposals (grant_agreements points at grant_proposals). */
export const grantMoneyTablesAfterProposals = [
  'grant_agreements',
  'grant_tranches',
  'grant_claim_sessions',
  'grant_claims',
  'grant_claim_events',
  'grant_claim_receipts',
  'grant_closings',
] as const;
