import type { Generated } from 'kysely';
import type { Timestamp } from '../column-types';

/** Tables of the volunteering capability (issue: activities). Tables may reference everything before them. */

/** A volunteer's own sign-in/sign-out on the public page (server clock). */
export interface VolunteerAttendancesTable {
  id: string;
  street_id: string;
  activity_id: string;
  name: string;
  /** Null after the person's erasure, or a guest's after the retention period (contact_removed_at). */
  phone: string | null;
  consent: boolean;
  person_id: string | null;
  signed_in_at: Timestamp;
  signed_out_at: Date | string | null;
  /** sha256 (hex) of the sign-out token the volunteer's phone holds; null before tokens existed. */
  sign_out_token_hash: Generated<string | null>;
  contact_removed_at: Generated<Date | string | null>;
}

/** One version of a person's service hours at one activity (志愿服务时长), recorded by one organization. */
export interface VolunteerHoursTable {
  id: string;
  street_id: string;
  activity_id: string;
  organization_id: string;
  person_id: string | null;
  volunteer_name: string;
  service_role: Generated<string>;
  minutes: number;
  basis: 'sign_in_out' | 'staff_observed' | 'entered_afterwards';
  attendance_id: string | null;
  reason: string | null;
  entered_by: string | null;
  entered_at: Timestamp;
  confirmed_by: string | null;
  confirmed_at: Date | string | null;
  supersedes_id: string | null;
  superseded_by: string | null;
  superseded_at: Date | string | null;
}

export interface VolunteerCertificateCountersTable {
  organization_id: string;
  year: number;
  street_id: string;
  last_seq: number;
}

/** A numbered 志愿服务证明 with the snapshot of what it certified. */
export interface VolunteerCertificatesTable {
  id: string;
  street_id: string;
  organization_id: string;
  person_id: string;
  number: string;
  year: number;
  seq: number;
  period_from: string | null;
  period_to: string | null;
  total_minutes: number;
  snapshot: unknown;
  issued_on: string;
  issued_by: string | null;
  issued_at: Timestamp;
}

export interface VolunteeringTables {
  volunteer_attendances: VolunteerAttendancesTable;
  volunteer_hours: VolunteerHoursTable;
  volunteer_certificate_counters: VolunteerCertificateCountersTable;
  volunteer_certificates: VolunteerCertificatesTable;
}

/** Tables added after the foundation, parents first (see tablesInDependencyOrder). */
export const volunteeringTablesAfterFoundation = [
  'volunteer_attendances',
  'volunteer_hours',
  'volunteer_certificate_counters',
  'volunteer_certificates',
] as const;
