import {
  formatCertificateNumber,
  serviceMinutes,
  shanghaiDate,
  type VolunteerCertificatePdfInput,
} from '@seedbed/core';
import type { ActivityDemoData } from './activity-extension';
import { addDays } from './dates';
import type { Random } from './random';
import type { BaseDemoData } from './rows';

/**
 * Rows of the volunteering tables (packages/db/src/migrations/0011-volunteering.ts), named as the
 * columns. Instants are ISO strings; dates 'YYYY-MM-DD'.
 */
export interface VolunteerAttendanceRow {
  id: string;
  street_id: string;
  activity_id: string;
  name: string;
  phone: string;
  consent: boolean;
  person_id: string | null;
  signed_in_at: string;
  signed_out_at: string | null;
}

export interface VolunteerHoursRow {
  id: string;
  street_id: string;
  activity_id: string;
  organization_id: string;
  person_id: string | null;
  volunteer_name: string;
  service_role: string;
  minutes: number;
  basis: 'sign_in_out' | 'staff_observed' | 'entered_afterwards';
  attendance_id: string | null;
  reason: string | null;
  entered_by: string | null;
  entered_at: string;
  confirmed_by: string | null;
  confirmed_at: string | null;
  supersedes_id: null;
  superseded_by: null;
  superseded_at: null;
}

export interface VolunteerCertificateCounterRow {
  organization_id: string;
  year: number;
  street_id: string;
  last_seq: number;
}

export interface VolunteerCertificateRow {
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
  snapshot: VolunteerCertificatePdfInput;
  issued_on: string;
  issued_by: string | null;
  issued_at: string;
}

/** The demo street's volunteer hours (proven and entered afterwards) and a few certificates. Pure: seeded random and `today` passed in. */
export type VolunteeringDemoData = {
  volunteer_attendances: VolunteerAttendanceRow[];
  volunteer_hours: VolunteerHoursRow[];
  volunteer_certificate_counters: VolunteerCertificateCounterRow[];
  volunteer_certificates: VolunteerCertificateRow[];
};

const serviceRoles = ['', '', '场地布置', '音响搬运', '签到引导', '带队领舞', '秩序维护', '拍照记录', '茶水服务'];
const reasons = [
  '手机没电，没能扫码签到签退，队长现场看见',
  '老人不会用手机，按纸质签到表补录',
  '活动当天网络不好，事后补录',
  '按活动记录表补录',
];

/**
 * The main street's organizers served as volunteers over the past year. A few organizations use
 * the volunteer QR (the leader's team among them): their organizers sign in and out — proven
 * hours. The others' hours are entered afterwards by the leader with a reason; staff have confirmed
 * the older ones, the last month's wait. The demo `member` has proven hours with the leader's team
 * and one certificate issued for them.
 */
export function generateVolunteeringDemo(
  random: Random,
  base: BaseDemoData,
  activities: ActivityDemoData,
  today: string,
): VolunteeringDemoData {
  const data: VolunteeringDemoData = {
    volunteer_attendances: [],
    volunteer_hours: [],
    volunteer_certificate_counters: [],
    volunteer_certificates: [],
  };
  const user = (username: string) => base.users.find((u) => u.username === username);
  const staff = user('staff');
  const leader = user('leader');
  const member = user('member');
  const mainStreetId = staff?.scope_id;
  if (!staff || !leader || !member || !mainStreetId) return data;
  const people = new Map(base.people.map((p) => [p.id, p]));
  const organizations = new Map(base.organizations.map((o) => [o.id, o]));
  const recorderOf = new Map<string, string>();
  for (const ao of activities.activity_organizations)
    if (ao.position === 0) recorderOf.set(ao.activity_id, ao.organization_id);
  const mainOrganizations = base.organizations.filter((o) => o.street_id === mainStreetId && o.status === 'active');
  const usesQr = new Set([
    leader.scope_id,
    ...random
      .sample(
        mainOrganizations.filter((o) => o.id !== leader.scope_id),
        3,
      )
      .map((o) => o.id),
  ]);
  const leaderOf = new Map<string, string>();
  for (const u of base.users) if (u.role === 'organization_leader' && u.scope_id) leaderOf.set(u.scope_id, u.id);
  const todayStart = new Date(`${today}T00:00:00+08:00`).getTime();
  const yearAgo = addDays(today, -365);
  const monthAgo = addDays(today, -30);
  const organizersOf = new Map<string, string[]>();
  for (const p of activities.activity_participants)
    if (p.role === 'organizer' && p.person_id)
      organizersOf.set(p.activity_id, [...(organizersOf.get(p.activity_id) ?? []), p.person_id]);
  const memberPersonId = member.person_id;

  for (const activity of activities.activities) {
    if (activity.street_id !== mainStreetId) continue;
    const organizationId = recorderOf.get(activity.id);
    if (!organizationId) continue;
    const startsAt = new Date(activity.starts_at);
    const endsAt = new Date(activity.ends_at);
    const day = shanghaiDate(startsAt);
    if (endsAt.getTime() >= todayStart || day < yearAgo) continue;
    const organizers = [...(organizersOf.get(activity.id) ?? [])];
    // The member helps the leader's team now and then (sets up, leads a dance).
    if (
      organizationId === leader.scope_id &&
      memberPersonId &&
      !organizers.includes(memberPersonId) &&
      random.chance(0.25)
    )
      organizers.push(memberPersonId);
    for (const personId of organizers) {
      const person = people.get(personId);
      if (!person) continue;
      const common = {
        street_id: activity.street_id,
        activity_id: activity.id,
        organization_id: organizationId,
        person_id: personId,
        volunteer_name: person.name,
        service_role: random.pick(serviceRoles),
        supersedes_id: null,
        superseded_by: null,
        superseded_at: null,
      } as const;
      if (usesQr.has(organizationId) && person.phone) {
        const signedInAt = new Date(startsAt.getTime() - random.int(0, 40) * 60_000);
        const signedOutAt = new Date(endsAt.getTime() + random.int(-10, 30) * 60_000);
        const attendanceId = random.uuid();
        data.volunteer_attendances.push({
          id: attendanceId,
          street_id: activity.street_id,
          activity_id: activity.id,
          name: person.name,
          phone: person.phone,
          consent: true,
          person_id: personId,
          signed_in_at: signedInAt.toISOString(),
          signed_out_at: signedOutAt.toISOString(),
        });
        data.volunteer_hours.push({
          ...common,
          id: random.uuid(),
          minutes: serviceMinutes({ signedInAt, signedOutAt }, { startsAt, endsAt }),
          basis: 'sign_in_out',
          attendance_id: attendanceId,
          reason: null,
          entered_by: null,
          entered_at: signedOutAt.toISOString(),
          confirmed_by: null,
          confirmed_at: null,
        });
      } else if (random.chance(0.6)) {
        const enteredAt = new Date(endsAt.getTime() + random.int(1, 72) * 3_600_000);
        const isConfirmed = day < monthAgo && random.chance(0.85);
        data.volunteer_hours.push({
          ...common,
          id: random.uuid(),
          minutes: Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000 / 15) * 15 || 60,
          basis: 'entered_afterwards',
          attendance_id: null,
          reason: random.pick(reasons),
          entered_by: leaderOf.get(organizationId) ?? staff.id,
          entered_at: enteredAt.toISOString(),
          confirmed_by: isConfirmed ? staff.id : null,
          confirmed_at: isConfirmed
            ? new Date(enteredAt.getTime() + random.int(1, 14) * 86_400_000).toISOString()
            : null,
        });
      }
    }
  }

  // One certificate for the member from the leader's team, over everything proven so far.
  const team = leader.scope_id ? organizations.get(leader.scope_id) : undefined;
  const street = base.streets.find((s) => s.id === mainStreetId);
  const memberPerson = memberPersonId ? people.get(memberPersonId) : undefined;
  const certified = data.volunteer_hours
    .filter((h) => h.person_id === memberPersonId && h.organization_id === team?.id && h.basis === 'sign_in_out')
    .sort((a, b) => a.entered_at.localeCompare(b.entered_at));
  if (team && street && memberPerson && certified.length > 0) {
    const issuedOn = addDays(today, -7);
    const year = Number(issuedOn.slice(0, 4));
    const number = formatCertificateNumber(team.id, year, 1);
    const titleOf = new Map(activities.activities.map((a) => [a.id, a]));
    const entries = certified
      .filter((h) => shanghaiDate(new Date(h.entered_at)) <= issuedOn)
      .map((h) => ({
        date: shanghaiDate(new Date(titleOf.get(h.activity_id)?.starts_at ?? h.entered_at)),
        activityTitle: titleOf.get(h.activity_id)?.title ?? '',
        minutes: h.minutes,
        role: h.service_role || '志愿服务',
      }));
    const totalMinutes = entries.reduce((sum, e) => sum + e.minutes, 0);
    data.volunteer_certificate_counters.push({
      organization_id: team.id,
      year,
      street_id: team.street_id,
      last_seq: 1,
    });
    data.volunteer_certificates.push({
      id: random.uuid(),
      street_id: team.street_id,
      organization_id: team.id,
      person_id: memberPerson.id,
      number,
      year,
      seq: 1,
      period_from: null,
      period_to: issuedOn,
      total_minutes: totalMinutes,
      snapshot: {
        number,
        personName: memberPerson.name,
        organizationName: team.name,
        streetName: street.name,
        totalMinutes,
        entries,
        issuedOn,
        issuerName: leader.display_name,
      },
      issued_on: issuedOn,
      issued_by: leader.id,
      issued_at: `${issuedOn}T02:00:00.000Z`,
    });
  }
  return data;
}
