import type { OpeningInterval } from '@seedbed/core';
import type { ColumnType } from 'kysely';
import type { Timestamp } from '../column-types';

/** Tables of the allocation capability (issue 18: space booking, disputes, honours). */

type Json<T> = ColumnType<T, string, string>;

export interface SpaceOpeningHoursTable {
  id: string;
  street_id: string;
  community_id: string;
  space_id: string;
  intervals: Json<OpeningInterval[]>;
  note: string | null;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface SpaceBookingsTable {
  id: string;
  street_id: string;
  community_id: string;
  space_id: string;
  organization_id: string | null;
  group_name: string | null;
  purpose: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  series_id: string | null;
  status: string;
  decline_reason: string | null;
  requested_by: string | null;
  requested_at: Timestamp;
  decided_by: string | null;
  decided_at: Date | string | null;
}

export interface DisputesTable {
  id: string;
  street_id: string;
  community_id: string;
  title: string;
  contested: string;
  space_id: string | null;
  description: string | null;
  rule_applied: string | null;
  outcome: string | null;
  status: string;
  opened_on: string;
  resolved_on: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface DisputePartiesTable {
  id: string;
  street_id: string;
  dispute_id: string;
  organization_id: string | null;
  stakeholder_id: string | null;
}

export interface DisputeMeetingsTable {
  id: string;
  street_id: string;
  dispute_id: string;
  /** The deliberation meeting it was (0037); null for a meeting recorded by date and title only. */
  meeting_id: string | null;
  held_on: string;
  title: string;
  notes: string | null;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface HonourTypesTable {
  id: string;
  street_id: string;
  community_id: string;
  name: string;
  recognises: string;
  earned_by: string;
  decided_by: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface HonourAwardsTable {
  id: string;
  street_id: string;
  honour_type_id: string;
  organization_id: string | null;
  person_id: string | null;
  awarded_on: string;
  reason: string | null;
  awarded_by: string | null;
  awarded_at: Timestamp;
}

export interface AllocationTables {
  space_opening_hours: SpaceOpeningHoursTable;
  space_bookings: SpaceBookingsTable;
  disputes: DisputesTable;
  dispute_parties: DisputePartiesTable;
  dispute_meetings: DisputeMeetingsTable;
  honour_types: HonourTypesTable;
  honour_awards: HonourAwardsTable;
}

/** Tables added after the survey, organizations and people they point at, parents first. */
export const allocationTablesAfterSurvey = [
  'space_opening_hours',
  'space_bookings',
  'disputes',
  'dispute_parties',
  'dispute_meetings',
  'honour_types',
  'honour_awards',
] as const;
