import {
  checkCertificatePeriod,
  countsTowardCertificate,
  fail,
  formatCertificateNumber,
  type HoursBasis,
  ok,
  type Result,
  shanghaiDate,
  shanghaiDayEnd,
  shanghaiDayStart,
  type VolunteerCertificateInput,
  type VolunteerCertificatePdfInput,
  type VolunteerCertificateSummary,
} from '@seedbed/core';
import { sql } from 'kysely';
import { recordAudit } from '../audit';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { visibleOrganizations } from '../scope';
import { certificatesOf } from './read';

/** What a line says when the recorder wrote nothing about the volunteer's role. */
export const defaultServiceRole = '志愿服务';

/**
 * Issues a numbered 志愿服务证明 (民政部令第67号 第十三–十五条): by the organization that recorded the
 * hours (谁记录谁证明), counting only its proven hours and its confirmed entries, in the period.
 * The number is `{organization code}-{year}-{seq}`, the sequence taken from the counter row in the
 * same transaction: the row lock makes two issues at once wait for each other (no duplicate), and a
 * failure rolls the counter back with everything else (no gap). What was certified is stored as the
 * PDF's input, so a reprint is the same document.
 */
export async function issueVolunteerCertificate(
  call: StoreContext,
  personId: string,
  input: VolunteerCertificateInput,
): Promise<Result<VolunteerCertificateSummary>> {
  const period = checkCertificatePeriod(input);
  if (!period.ok) return period;
  return inTransaction(call, async (tx) => {
    const { actor, today } = tx;
    const organization = await findInScope(tx, 'organizations', input.organizationId);
    if (!organization.ok) return organization;
    const street = await tx.db
      .selectFrom('streets')
      .select('name')
      .where('id', '=', organization.value.street_id)
      .executeTakeFirstOrThrow();
    const person = await tx.db
      .selectFrom('people')
      .select(['id', 'name'])
      .where('id', '=', personId)
      .where('erased_at', 'is', null)
      .executeTakeFirst();
    if (!person) return fail('person.unknown');
    let query = tx.db
      .selectFrom('volunteer_hours as vh')
      .innerJoin('activities as a', 'a.id', 'vh.activity_id')
      .select(['vh.id', 'vh.minutes', 'vh.basis', 'vh.confirmed_at', 'vh.service_role', 'a.title', 'a.starts_at'])
      .where('vh.person_id', '=', personId)
      .where('vh.organization_id', '=', input.organizationId)
      .where('vh.superseded_by', 'is', null);
    if (input.from) query = query.where('a.starts_at', '>=', shanghaiDayStart(input.from));
    if (input.to) query = query.where('a.starts_at', '<', shanghaiDayEnd(input.to));
    const rows = (await query.orderBy('a.starts_at').execute()).filter((r) =>
      countsTowardCertificate({ basis: r.basis as HoursBasis, isConfirmed: r.confirmed_at !== null }),
    );
    if (rows.length === 0 || rows.every((r) => r.minutes === 0)) return fail('volunteering.nothing_to_certify');
    const year = Number(today.slice(0, 4));
    const counter = await tx.db
      .insertInto('volunteer_certificate_counters')
      .values({ organization_id: input.organizationId, year, street_id: organization.value.street_id, last_seq: 1 })
      .onConflict((oc) =>
        oc
          .columns(['organization_id', 'year'])
          .doUpdateSet({ last_seq: sql`volunteer_certificate_counters.last_seq + 1` }),
      )
      .returning('last_seq')
      .executeTakeFirstOrThrow();
    const number = formatCertificateNumber(input.organizationId, year, counter.last_seq);
    const totalMinutes = rows.reduce((sum, r) => sum + r.minutes, 0);
    const snapshot: VolunteerCertificatePdfInput = {
      number,
      personName: person.name,
      organizationName: organization.value.name,
      streetName: street.name,
      totalMinutes,
      entries: rows.map((r) => ({
        date: shanghaiDate(r.starts_at),
        activityTitle: r.title.slice(0, 100),
        minutes: r.minutes,
        role: r.service_role.trim() || defaultServiceRole,
      })),
      issuedOn: today,
      issuerName: actor.displayName.slice(0, 100),
    };
    const id = tx.newId();
    await tx.db
      .insertInto('volunteer_certificates')
      .values({
        id,
        street_id: organization.value.street_id,
        organization_id: input.organizationId,
        person_id: personId,
        number,
        year,
        seq: counter.last_seq,
        period_from: input.from ?? null,
        period_to: input.to ?? null,
        total_minutes: totalMinutes,
        snapshot: JSON.stringify(snapshot),
        issued_on: today,
        issued_by: actor.userId,
        issued_at: actor.now,
      })
      .execute();
    // The audit row lists the hours certified, so it is written here rather than by insertAudited.
    await recordAudit(tx.db, actor, {
      action: 'volunteering.certify',
      tableName: 'volunteer_certificates',
      recordId: id,
      streetId: organization.value.street_id,
      after: { number, personId, organizationId: input.organizationId, totalMinutes, hoursIds: rows.map((r) => r.id) },
    });
    const summary = (await certificatesOf(tx.db, personId, null)).find((one) => one.id === id);
    if (!summary) throw new Error('issued certificate not found');
    return ok(summary);
  });
}

/**
 * The stored certificate for printing, to: the person themself (their account's person), staff or
 * admin who see the issuing organization, and that organization's leader. Nobody else — not even
 * other members of the team.
 */
export async function findVolunteerCertificate(
  { db, scope, actor }: Pick<StoreContext, 'db' | 'scope' | 'actor'>,
  id: string,
  options: { mayPrintIssued: boolean },
): Promise<Result<VolunteerCertificatePdfInput>> {
  const certificate = await db
    .selectFrom('volunteer_certificates')
    .select(['id', 'person_id', 'organization_id', 'snapshot'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!certificate) return fail('volunteering.unknown_certificate');
  const user = actor.userId
    ? await db.selectFrom('users').select('person_id').where('id', '=', actor.userId).executeTakeFirst()
    : undefined;
  const isOwn = !!user?.person_id && user.person_id === certificate.person_id;
  const isIssuerSide =
    options.mayPrintIssued &&
    !!(await db
      .selectFrom('organizations')
      .select('id')
      .where('id', '=', certificate.organization_id)
      .where(visibleOrganizations(scope))
      .executeTakeFirst());
  if (!isOwn && !isIssuerSide) return fail('auth.forbidden');
  const snapshot = typeof certificate.snapshot === 'string' ? JSON.parse(certificate.snapshot) : certificate.snapshot;
  return ok(snapshot as VolunteerCertificatePdfInput);
}
