import { type CoachingKind, coachingKinds, type Workload } from './schemas';

/** One session as the workload figures need it. */
export interface WorkloadSession {
  id: string;
  heldOn: string;
  durationMinutes: number;
  isOnline: boolean;
  kind: CoachingKind;
  organizations: readonly { id: string; name: string }[];
  staff: readonly { id: string; name: string }[];
}

/**
 * The workload figures for a period (seed 001: "189 coaching sessions in 10 weeks, about 5 per
 * organization, 1–2 hours each"). Definitions:
 * - totals.sessions / totals.minutes: each session once, its full duration.
 * - byKind, byMode, byMonth partition the sessions: their sessions and minutes add up to the totals.
 * - byOrganization: the sessions each organization attended and the full duration of each — a
 *   training course with 20 organizations counts its whole two hours for each of them, because each
 *   organization spent those two hours being coached (the seed counts sessions per organization the
 *   same way). So byOrganization adds up to organizationSessions, not to totals.sessions.
 * - byStaff: likewise the full duration for every staff member who ran the session.
 * - sessionsPerOrganization = organizationSessions ÷ organizationsReached; averageMinutes =
 *   minutes ÷ sessions (0 when there are none). Both rounded to one decimal.
 * Lists are sorted by sessions, then minutes (most first), then name; months and kinds in order.
 */
export function computeWorkload(sessions: readonly WorkloadSession[], period: { from: string; to: string }): Workload {
  const byOrganization = new Map<string, { id: string; name: string; sessions: number; minutes: number }>();
  const byStaff = new Map<string, { id: string; name: string; sessions: number; minutes: number }>();
  const byKind = new Map<CoachingKind, { sessions: number; minutes: number }>();
  const byMonth = new Map<string, { sessions: number; minutes: number }>();
  const online = { sessions: 0, minutes: 0 };
  const offline = { sessions: 0, minutes: 0 };
  let minutes = 0;
  let organizationSessions = 0;
  const add = (counts: { sessions: number; minutes: number }, session: WorkloadSession) => {
    counts.sessions += 1;
    counts.minutes += session.durationMinutes;
  };
  for (const session of sessions) {
    minutes += session.durationMinutes;
    add(session.isOnline ? online : offline, session);
    add(
      getOr(byKind, session.kind, () => ({ sessions: 0, minutes: 0 })),
      session,
    );
    add(
      getOr(byMonth, session.heldOn.slice(0, 7), () => ({ sessions: 0, minutes: 0 })),
      session,
    );
    for (const organization of uniqueById(session.organizations)) {
      organizationSessions += 1;
      add(
        getOr(byOrganization, organization.id, () => ({ ...organization, sessions: 0, minutes: 0 })),
        session,
      );
    }
    for (const member of uniqueById(session.staff)) {
      add(
        getOr(byStaff, member.id, () => ({ ...member, sessions: 0, minutes: 0 })),
        session,
      );
    }
  }
  const mostFirst = <T extends { sessions: number; minutes: number; name: string }>(rows: T[]) =>
    rows.sort((a, b) => b.sessions - a.sessions || b.minutes - a.minutes || a.name.localeCompare(b.name));
  return {
    from: period.from,
    to: period.to,
    totals: {
      sessions: sessions.length,
      minutes,
      organizationsReached: byOrganization.size,
      organizationSessions,
      sessionsPerOrganization: oneDecimal(byOrganization.size === 0 ? 0 : organizationSessions / byOrganization.size),
      averageMinutes: oneDecimal(sessions.length === 0 ? 0 : minutes / sessions.length),
      staffMembers: byStaff.size,
    },
    byOrganization: mostFirst([...byOrganization.values()]),
    byStaff: mostFirst([...byStaff.values()]),
    byKind: coachingKinds.filter((kind) => byKind.has(kind)).map((kind) => ({ kind, ...byKind.get(kind)! })),
    byMode: { online, offline },
    byMonth: [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, c]) => ({ month, ...c })),
  };
}

function getOr<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}

function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}
