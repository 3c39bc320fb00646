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
