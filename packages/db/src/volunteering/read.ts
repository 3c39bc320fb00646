import {
  countsTowardCertificate,
  type HoursBasis,
  isProvenBasis,
  type Scope,
  shanghaiDate,
  totalHours,
  type VolunteerCertificateSummary,
  type VolunteerHoursRecord,
} from '@seedbed/core';
import type { Db } from '../connection';
import { visibleOrganizations } from '../scope';

/** The current version of every record (corrections supersede, never erase), with what lists show. */
export function hoursQuery(db: Db) {
  return db
    .selectFrom('volunteer_hours as vh')
    .innerJoin('activities as a', 'a.id', 'vh.activity_id')
    .innerJoin('organizations as o', 'o.id', 'vh.organization_id')
    .leftJoin('users as eu', 'eu.id', 'vh.entered_by')
    .leftJoin('users as cu', 'cu.id', 'vh.confirmed_by')
    .leftJoin('volunteer_attendances as va', 'va.id', 'vh.attendance_id')
    .select([
      'vh.id',
      'vh.activity_id',
      'a.title as activity_title',
      'a.starts_at as activity_starts_at',
      'vh.organization_id',
      'o.name as organization_name',
      'vh.person_id',
      'vh.volunteer_name',
      'vh.service_role',
      'vh.minutes',
      'vh.basis',
      'vh.reason',
      'eu.display_name as entered_by_name',
      'vh.entered_at',
      'cu.display_name as confirmed_by_name',
      'vh.confirmed_at',
      'va.signed_in_at',
      'va.signed_out_at',
      'vh.supersedes_id',
    ])
    .where('vh.superseded_by', 'is', null);
}

type HoursRow = Awaited<ReturnType<ReturnType<typeof hoursQuery>['execute']>>[number];

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export function toHoursRecord(row: HoursRow): VolunteerHoursRecord {
  const basis = row.basis as HoursBasis;
  const isConfirmed = row.confirmed_at !== null;
  return {
    id: row.id,
    activityId: row.activity_id,
    activityTitle: row.activity_title,
    activityDate: shanghaiDate(row.activity_starts_at),
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    personId: row.person_id,
    volunteerName: row.volunteer_name,
    serviceRole: row.service_role,
    minutes: row.minutes,
    basis,
    isProven: isProvenBasis(basis),
    isConfirmed,
    countsTowardCertificate: countsTowardCertificate({ basis, isConfirmed }),
    reason: row.reason,
    enteredBy: row.entered_by_name,
    enteredAt: new Date(row.entered_at).toISOString(),
    confirmedBy: row.confirmed_by_name,
    confirmedAt: iso(row.confirmed_at),
    signedInAt: iso(row.signed_in_at),
    signedOutAt: iso(row.signed_out_at),
    supersedesId: row.supersedes_id,
  };
}

export function totalsOf(records: readonly VolunteerHoursRecord[]) {
  return totalHours(records.map((r) => ({ basis: r.basis, minutes: r.minutes, isConfirmed: r.isConfirmed })));
}

/** Records are seen by whoever sees the organization that recorded them (the recorder's side). */
export function visibleOrganizationIds(db: Db, scope: Scope) {
  return db.selectFrom('organizations').select('organizations.id').where(visibleOrganizations(scope));
}

/** A person's certificates: those of organizations in the scope, or all of them (scope null: their own). */
export async function certificatesOf(
  db: Db,
  personId: string,
  scope: Scope | null,
): Promise<VolunteerCertificateSummary[]> {
  let query = db
    .selectFrom('volunteer_certificates as c')
    .innerJoin('organizations as o', 'o.id', 'c.organization_id')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .select([
      'c.id',
      'c.number',
      'c.organization_id',
      'o.name as organization_name',
      'c.person_id',
      'p.name as person_name',
      'c.total_minutes',
      'c.period_from',
      'c.period_to',
      'c.issued_on',
    ])
    .where('c.person_id', '=', personId);
  if (scope) query = query.where('c.organization_id', 'in', visibleOrganizationIds(db, scope));
  const rows = await query.orderBy('c.issued_at', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    personId: r.person_id,
    personName: r.person_name,
    totalMinutes: r.total_minutes,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    issuedOn: r.issued_on,
    pdfUrl: `/api/volunteer-certificates/${r.id}.pdf`,
    imageUrl: `/api/volunteer-certificates/${r.id}.png`,
  }));
}
