import { describe, expect, it } from 'vitest';
import { generateDemo } from './index';

// A budget of its own: a test generates the whole street again (about 0.5 s idle, several seconds on
// a busy 2-core machine, near vitest's 5 s default).
describe('the publicity demo', { timeout: 60_000 }, () => {
  const today = '2026-06-30';
  const data = generateDemo({ seed: 20171, today });
  const drafts = data.publicity_drafts;

  it('publishes about thirty recent records of the main street, the leader’s latest among them', () => {
    const staff = data.users.find((u) => u.username === 'staff')!;
    const leader = data.users.find((u) => u.username === 'leader')!;
    expect(drafts.length).toBeGreaterThanOrEqual(20);
    expect(drafts.length).toBeLessThanOrEqual(30);
    expect(drafts.every((d) => d.street_id === staff.scope_id && d.status === 'published')).toBe(true);
    const leaderActivities = new Set(
      data.activity_organizations.filter((o) => o.organization_id === leader.scope_id).map((o) => o.activity_id),
    );
    expect(drafts.some((d) => leaderActivities.has(d.activity_id))).toBe(true);
    expect(new Set(drafts.map((d) => d.code)).size).toBe(drafts.length);
    expect(new Set(drafts.map((d) => d.activity_id)).size).toBe(drafts.length);
    const startOfToday = new Date(`${today}T00:00:00+08:00`).getTime();
    expect(drafts.every((d) => new Date(d.published_at!).getTime() < startOfToday)).toBe(true);
    expect(drafts.every((d) => d.lead.includes(`“${d.title}”`))).toBe(true);
  });

  it('is the same on every run', () => {
    expect(generateDemo({ seed: 20171, today }).publicity_drafts).toEqual(drafts);
  });
});
