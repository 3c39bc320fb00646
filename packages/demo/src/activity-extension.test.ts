import { describe, expect, it } from 'vitest';
import { generateDemo } from './index';

const today = '2026-06-30';
const demo = generateDemo({ seed: 20171, today });

describe('the demo street’s activities', () => {
  it('gives every activity a unique sign-in code, an organization and only members as picked participants', () => {
    const codes = new Set(demo.activities.map((a) => a.sign_in_code));
    expect(codes.size).toBe(demo.activities.length);
    const organized = new Set(demo.activity_organizations.map((o) => o.activity_id));
    expect(demo.activities.every((a) => organized.has(a.id))).toBe(true);
    const organizationsOf = new Map<string, string[]>();
    for (const o of demo.activity_organizations)
      organizationsOf.set(o.activity_id, [...(organizationsOf.get(o.activity_id) ?? []), o.organization_id]);
    const members = new Set(
      demo.organization_members.filter((m) => !m.left_on).map((m) => `${m.organization_id}|${m.person_id}`),
    );
    for (const p of demo.activity_participants.filter((p) => p.person_id))
      expect(organizationsOf.get(p.activity_id)?.some((o) => members.has(`${o}|${p.person_id}`))).toBe(true);
    expect(demo.activities.every((a) => a.ends_at >= a.starts_at && a.starts_at < `${today}T16:00:00Z`)).toBe(true);
  });

  it('never overlaps two records of one organization on a day, but for the one pair left to merge', () => {
    const starts = new Map(demo.activities.map((a) => [a.id, a]));
    const byDay = new Map<string, { from: number; to: number; title: string }[]>();
    for (const o of demo.activity_organizations) {
      const a = starts.get(o.activity_id)!;
      const key = `${o.organization_id}|${new Date(Date.parse(a.starts_at) + 8 * 3_600_000).toISOString().slice(0, 10)}`;
      byDay.set(key, [
        ...(byDay.get(key) ?? []),
        { from: Date.parse(a.starts_at), to: Date.parse(a.ends_at), title: a.title },
      ]);
    }
    const overlapping = [...byDay.values()].flatMap((day) =>
      day.flatMap((a, i) =>
        day
          .slice(i + 1)
          .filter((b) => a.from < b.to && b.from < a.to)
          .map((b) => [a.title, b.title]),
      ),
    );
    expect(overlapping).toHaveLength(1);
    expect(overlapping[0]!.some((title) => title.includes('社工补录'))).toBe(true);
  });

  it('gives the leader’s organization a first-Saturday plan with one missed date and an activity yesterday', () => {
    const leader = demo.users.find((u) => u.username === 'leader')!;
    const plan = demo.planned_activities.find((p) => p.organization_id === leader.scope_id)!;
    expect(plan.recurrence).toEqual({ kind: 'monthly_nth_weekday', nth: 1, weekday: 6 });
    const held = demo.activities.filter((a) => a.planned_activity_id === plan.id);
    expect(held.length).toBeGreaterThanOrEqual(2);
    const mine = new Set(
      demo.activity_organizations.filter((o) => o.organization_id === leader.scope_id).map((o) => o.activity_id),
    );
    expect(demo.activities.some((a) => mine.has(a.id) && a.starts_at.startsWith('2026-06-29'))).toBe(true);
  });
});
