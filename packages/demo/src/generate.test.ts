import { organizationTypes, orientations, roles, scopeKindsForRole, stageModels } from '@seedbed/core';
import { describe, expect, it } from 'vitest';
import { demoPassword, generateDemo } from './index';

const today = '2025-06-01';
const demo = generateDemo({ seed: 1, today });
const mainStreet = demo.streets.find((s) => s.name === '春和街道')!;
const otherStreet = demo.streets.find((s) => s.name === '秋实街道')!;
const mainOrganizations = demo.organizations.filter((o) => o.street_id === mainStreet.id);
const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((row) => [row.id, row]));
const communities = byId(demo.communities);
const estates = byId(demo.estates);
const courtyards = byId(demo.courtyards);
const people = byId(demo.people);
const organizations = byId(demo.organizations);
const ageOf = (personId: string) => 2025 - (people.get(personId)?.birth_year ?? 0);

// A budget of its own: each test walks the whole street (about 24,000 rows) and the first makes it
// twice more. About 1.5 s on an idle machine; past vitest's 5 s default on a busy 2-core one.
describe('generateDemo', { timeout: 60_000 }, () => {
  it('gives byte-identical data for the same seed and today, and different data for another seed', () => {
    const again = generateDemo({ seed: 1, today });
    expect(again).toEqual(demo);
    expect(JSON.stringify(again)).toBe(JSON.stringify(demo));
    const other = generateDemo({ seed: 2, today });
    expect(other.people.map((p) => p.name)).not.toEqual(demo.people.map((p) => p.name));
    expect(other.streets[0]?.id).not.toBe(mainStreet.id);
  });

  it('refuses a today that is not a date', () => {
    expect(() => generateDemo({ seed: 1, today: '2025-13-01' })).toThrow();
    expect(() => generateDemo({ seed: 1, today: 'yesterday' })).toThrow();
  });

  it('has a main street of nine communities and a small neighbouring street', () => {
    expect(demo.streets).toHaveLength(2);
    expect(demo.communities.filter((c) => c.street_id === mainStreet.id)).toHaveLength(9);
    expect(demo.communities.filter((c) => c.street_id === otherStreet.id)).toHaveLength(2);
    expect(mainOrganizations.length).toBeGreaterThanOrEqual(75);
    expect(mainOrganizations.length).toBeLessThanOrEqual(90);
    expect(demo.organizations.length - mainOrganizations.length).toBeGreaterThanOrEqual(4);
    expect(demo.people.length).toBeGreaterThanOrEqual(1_400);
    expect(demo.people.length).toBeLessThanOrEqual(1_700);
    expect(demo.people.filter((p) => p.street_id === otherStreet.id).length).toBeGreaterThanOrEqual(100);
  });

  it('profiles communities and estates as seed 003 asks', () => {
    for (const community of demo.communities.filter((c) => c.street_id === mainStreet.id)) {
      expect(community.resident_population).toBeGreaterThanOrEqual(3_000);
      expect(community.resident_population).toBeLessThanOrEqual(12_000);
      const own = demo.estates.filter((e) => e.community_id === community.id);
      expect(own.length).toBeGreaterThanOrEqual(2);
      expect(own.length).toBeLessThanOrEqual(4);
    }
    const attitudes = demo.communities.map((c) => c.committee_attitude);
    expect(new Set(attitudes)).toEqual(new Set(['cooperative', 'wait_and_see', 'refusing']));
    expect(attitudes.filter((a) => a === 'cooperative').length).toBeGreaterThan(demo.communities.length / 2);
    for (const estate of demo.estates) {
      const yards = demo.courtyards.filter((c) => c.estate_id === estate.id);
      if (estate.estate_type === 'old_neighbourhood') {
        expect(estate.build_year).toBeLessThan(2001);
        expect(yards.length).toBeGreaterThanOrEqual(2);
        expect(yards.length).toBeLessThanOrEqual(4);
      } else {
        expect(yards).toHaveLength(0);
      }
    }
    expect(demo.estates.some((e) => e.owners_committee === null && e.estate_type === 'commodity_housing')).toBe(true);
  });

  it('covers every stage, type and orientation, mostly seeds and saplings', () => {
    const stages = mainOrganizations.map((o) => o.stage);
    for (const stage of stageModels.five_stage) expect(stages).toContain(stage);
    expect(stages.filter((s) => s === 'seed' || s === 'sapling').length).toBeGreaterThan(stages.length / 2);
    expect(stages.filter((s) => s === 'big_tree').length).toBeLessThanOrEqual(5);
    for (const type of organizationTypes) expect(mainOrganizations.map((o) => o.organization_type)).toContain(type);
    for (const orientation of orientations) expect(mainOrganizations.map((o) => o.orientation)).toContain(orientation);
    expect(new Set(demo.organizations.map((o) => o.name)).size).toBe(demo.organizations.length);
  });

  it('keeps organizations plausible: founded by today, dead ones explained, only trees registered', () => {
    for (const organization of demo.organizations) {
      expect(organization.founded_on! <= today).toBe(true);
      expect(organization.founded_on! >= '2017-05-01').toBe(true);
      if (organization.status === 'dissolved') expect(organization.status_reason).toBeTruthy();
      if (organization.filing_status === 'registered') expect(['small_tree', 'big_tree']).toContain(organization.stage);
    }
    // Dashilar: of the teams that had long existed, a third were dead and a third inactive (seed 002).
    const byAge = [...mainOrganizations].sort((a, b) => a.founded_on!.localeCompare(b.founded_on!));
    const oldest = byAge.slice(0, Math.ceil(byAge.length / 3));
    const notActive = oldest.filter((o) => o.status !== 'active').length / oldest.length;
    expect(notActive).toBeGreaterThanOrEqual(0.25);
    expect(notActive).toBeLessThanOrEqual(0.45);
    expect(mainOrganizations.filter((o) => o.status !== 'active').length).toBeLessThan(mainOrganizations.length / 2);
  });

  it('points every foreign id at a row of the right place', () => {
    for (const community of demo.communities) expect(demo.streets.map((s) => s.id)).toContain(community.street_id);
    for (const estate of demo.estates) expect(communities.get(estate.community_id)?.street_id).toBe(estate.street_id);
    for (const yard of demo.courtyards) expect(estates.get(yard.estate_id)?.street_id).toBe(yard.street_id);
    for (const person of demo.people) {
      expect(communities.get(person.community_id!)?.street_id).toBe(person.street_id);
      expect(estates.get(person.estate_id!)?.community_id).toBe(person.community_id);
      if (person.courtyard_id) expect(courtyards.get(person.courtyard_id)?.estate_id).toBe(person.estate_id);
    }
    for (const organization of demo.organizations) {
      expect(communities.get(organization.home_community_id)?.street_id).toBe(organization.street_id);
    }
    for (const area of demo.organization_service_areas) {
      const organization = organizations.get(area.organization_id)!;
      expect(communities.get(area.community_id)?.street_id).toBe(area.street_id);
      expect(area.community_id).not.toBe(organization.home_community_id);
      expect(area.since! >= organization.founded_on!).toBe(true);
    }
    for (const member of demo.organization_members) {
      const organization = organizations.get(member.organization_id)!;
      expect(member.street_id).toBe(organization.street_id);
      expect(people.get(member.person_id)?.street_id).toBe(organization.street_id);
    }
    for (const user of demo.users) if (user.person_id) expect(people.has(user.person_id)).toBe(true);
  });

  it('gives ids in uuid v4 form, unique across every table', () => {
    const ids = [demo.streets, demo.communities, demo.estates, demo.courtyards, demo.people, demo.organizations]
      .flat()
      .map((row) => row.id)
      .concat(
        demo.organization_members.map((m) => m.id),
        demo.users.map((u) => u.id),
      );
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('gives each organization one leader, at most one current membership per person, and sane dates', () => {
    for (const organization of demo.organizations) {
      const rows = demo.organization_members.filter((m) => m.organization_id === organization.id);
      expect(rows.filter((m) => m.role === 'leader')).toHaveLength(1);
      const current = rows.filter((m) => m.left_on === null).map((m) => m.person_id);
      expect(new Set(current).size).toBe(current.length);
      const persons = new Set(rows.map((m) => m.person_id)).size;
      expect(persons).toBeGreaterThanOrEqual(5);
      expect(persons).toBeLessThanOrEqual(60);
      if (organization.status === 'dissolved') expect(current).toHaveLength(0);
      for (const m of rows) {
        expect(m.joined_on! >= organization.founded_on!).toBe(true);
        expect(m.joined_on! <= today).toBe(true);
        if (m.left_on) expect(m.left_on > m.joined_on! && m.left_on <= today).toBe(true);
      }
    }
    const leaderAges = demo.organization_members.filter((m) => m.role === 'leader').map((m) => ageOf(m.person_id));
    expect(leaderAges.filter((age) => age >= 55 && age <= 75).length).toBeGreaterThan(leaderAges.length / 2);
    // History is kept: some members left, and a few came back with a new current membership.
    const key = (m: { organization_id: string; person_id: string }) => `${m.organization_id}/${m.person_id}`;
    const leavers = new Set(demo.organization_members.filter((m) => m.left_on !== null).map(key));
    expect(demo.organization_members.some((m) => m.left_on === null && leavers.has(key(m)))).toBe(true);
  });

  it('keeps phones valid and unique, and gives none to children under 14', () => {
    const phones = demo.people.flatMap((p) => (p.phone ? [p.phone] : []));
    expect(new Set(phones).size).toBe(phones.length);
    for (const phone of phones) expect(phone).toMatch(/^1[3-9]\d{9}$/);
    const children = demo.people.filter((p) => 2025 - p.birth_year! < 14);
    expect(children.length).toBeGreaterThan(50);
    for (const child of children) expect(child.phone).toBeNull();
    const activists = demo.people.filter((p) => p.is_activist).length / demo.people.length;
    expect(activists).toBeGreaterThan(0.07);
    expect(activists).toBeLessThan(0.13);
  });

  it('lets a couple of big trees serve the neighbouring street', () => {
    const reaching = demo.organization_service_areas.filter(
      (a) => a.street_id === otherStreet.id && organizations.get(a.organization_id)?.street_id === mainStreet.id,
    );
    expect(new Set(reaching.map((a) => a.organization_id)).size).toBeGreaterThanOrEqual(2);
    for (const area of reaching) expect(organizations.get(area.organization_id)?.stage).toBe('big_tree');
  });

  it('has a demo login for every role, in a scope the role allows', () => {
    expect(demoPassword).toBe('seedbed-demo');
    expect(demo.settings).toEqual([{ key: 'stage_model', value: 'five_stage' }]);
    for (const role of roles) expect(demo.accounts.map((a) => a.role)).toContain(role);
    const usernames = ['admin', 'staff', 'assistant', 'leader', 'member', 'official', 'street', 'funder', 'expert'];
    expect(demo.accounts.map((a) => a.username)).toEqual([...usernames, 'leader2', 'member2', 'deputy', 'treasurer']);
    expect(demo.users.map((u) => u.username)).toEqual(demo.accounts.map((a) => a.username));
    const userPhones = demo.users.flatMap((u) => (u.phone ? [u.phone] : []));
    expect(new Set(userPhones).size).toBe(userPhones.length);
    for (const user of demo.users) {
      expect(scopeKindsForRole[user.role]).toContain(user.scope_kind);
      expect(user.scope_id === null).toBe(user.scope_kind === 'deployment');
      expect(user.locale).toBe('zh-CN');
      expect(user).not.toHaveProperty('password_hash');
    }
  });

  it('makes the leader the leader of an active sapling of about twenty that serves two communities', () => {
    const user = (name: string) => demo.users.find((u) => u.username === name)!;
    const leader = user('leader');
    const team = organizations.get(leader.scope_id!)!;
    expect(team).toMatchObject({ name: '夕阳红舞蹈队', stage: 'sapling', status: 'active', street_id: mainStreet.id });
    const current = demo.organization_members.filter((m) => m.organization_id === team.id && m.left_on === null);
    expect(current.length).toBeGreaterThanOrEqual(18);
    expect(current.length).toBeLessThanOrEqual(25);
    expect(current.find((m) => m.role === 'leader')?.person_id).toBe(leader.person_id);
    expect(leader.phone).toBe(people.get(leader.person_id!)?.phone);
    expect(demo.organization_service_areas.filter((a) => a.organization_id === team.id)).toHaveLength(1);
    const member = user('member');
    expect(member.scope_id).toBe(team.id);
    expect(current.find((m) => m.person_id === member.person_id)?.role).toBe('member');
    for (const name of ['deputy', 'treasurer']) {
      expect(user(name)).toMatchObject({ role: 'organization_member', scope_id: team.id });
      expect(current.find((m) => m.person_id === user(name).person_id)?.role).toBe(name);
    }
    expect(user('official').scope_id).toBe(team.home_community_id);
    for (const name of ['leader2', 'member2']) {
      const other = organizations.get(user(name).scope_id!)!;
      expect(other.street_id).toBe(otherStreet.id);
      expect(people.get(user(name).person_id!)?.street_id).toBe(otherStreet.id);
    }
  });
});

describe('the small street', { timeout: 60_000 }, () => {
  const small = generateDemo({ seed: 1, today, size: 'small' });
  const smallMain = small.organizations.filter((o) => o.street_id === mainStreet.id);

  it('keeps the places, every demo login and the leader’s team, with far fewer residents and organizations', () => {
    expect(small.streets).toEqual(demo.streets);
    expect(small.communities).toEqual(demo.communities);
    expect(small.accounts.map((a) => [a.username, a.role])).toEqual(demo.accounts.map((a) => [a.username, a.role]));
    const leader = small.users.find((u) => u.username === 'leader')!;
    expect(small.organizations.find((o) => o.id === leader.scope_id)?.name).toBe('夕阳红舞蹈队');
    expect(small.people.length).toBeLessThan(demo.people.length / 3);
    expect(small.organizations.length).toBeLessThan(demo.organizations.length / 3);
    expect(small.activities.length).toBeLessThan(demo.activities.length / 2);
  });

  it('still covers every stage and type of the main street', () => {
    for (const stage of stageModels.five_stage) expect(smallMain.map((o) => o.stage)).toContain(stage);
    for (const type of organizationTypes) expect(smallMain.map((o) => o.organization_type)).toContain(type);
  });

  it('is the same on every run; the full street is the default', () => {
    expect(JSON.stringify(generateDemo({ seed: 1, today, size: 'small' }))).toBe(JSON.stringify(small));
    expect(generateDemo({ seed: 1, today, size: 'full' })).toEqual(demo);
  });
});
