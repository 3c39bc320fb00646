import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bridgeNetwork, type ChatMembership } from './bridges';

// O1 has two groups (g1 总群, g2 核心群), O2 has g3, O3 has g4; M is the activists' management group
const groups: Record<string, string | null> = { g1: 'O1', g2: 'O1', g3: 'O2', g4: 'O3', M: null };
const join = (personId: string, ...groupIds: string[]): ChatMembership[] =>
  groupIds.map((groupId) => ({ personId, groupId, organizationId: groups[groupId]! }));

const memberships = [
  ...join('p1', 'g1', 'g2'), // two groups of one organization: no bridge
  ...join('p2', 'g1', 'g3'),
  ...join('p3', 'g3', 'g4', 'M'),
  ...join('p4', 'M'),
  ...join('p5', 'g2', 'M'),
  ...join('p6', 'g1', 'g3'),
  ...['g1', 'g2', 'g3', 'g4', 'M'].map((groupId) => ({
    personId: 'staff',
    groupId,
    organizationId: groups[groupId]!,
    isStaff: true,
  })),
];

describe('bridges between organizations', () => {
  const network = bridgeNetwork(memberships);

  it('bridges are people in two or more places, staff left out, with their count of organizations', () => {
    expect(network.bridges).toEqual([
      {
        personId: 'p3',
        organizations: 2,
        streetGroups: 1,
        places: ['group:M', 'organization:O2', 'organization:O3'],
      },
      { personId: 'p2', organizations: 2, streetGroups: 0, places: ['organization:O1', 'organization:O2'] },
      { personId: 'p6', organizations: 2, streetGroups: 0, places: ['organization:O1', 'organization:O2'] },
      { personId: 'p5', organizations: 1, streetGroups: 1, places: ['group:M', 'organization:O1'] },
    ]);
  });

  it('one node per place: an organization counts all its groups once; the management group is its own place', () => {
    expect(network.nodes).toEqual([
      { key: 'group:M', place: { kind: 'street_group', groupId: 'M' }, people: 3, bridges: 2 },
      { key: 'organization:O1', place: { kind: 'organization', organizationId: 'O1' }, people: 4, bridges: 3 },
      { key: 'organization:O2', place: { kind: 'organization', organizationId: 'O2' }, people: 3, bridges: 3 },
      { key: 'organization:O3', place: { kind: 'organization', organizationId: 'O3' }, people: 1, bridges: 1 },
    ]);
  });

  it('edges weighted by shared people', () => {
    expect(network.edges).toEqual([
      { source: 'organization:O1', target: 'organization:O2', people: 2 },
      { source: 'group:M', target: 'organization:O1', people: 1 },
      { source: 'group:M', target: 'organization:O2', people: 1 },
      { source: 'group:M', target: 'organization:O3', people: 1 },
      { source: 'organization:O2', target: 'organization:O3', people: 1 },
    ]);
  });

  it('total edge weight is Σ over bridges of pairs of their places (property)', () => {
    const arbitrary = fc.array(
      fc.record({
        personId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
        groupId: fc.constantFrom('g1', 'g2', 'g3', 'g4', 'M'),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arbitrary, (rows) => {
        const result = bridgeNetwork(rows.map((row) => ({ ...row, organizationId: groups[row.groupId]! })));
        const weight = result.edges.reduce((sum, edge) => sum + edge.people, 0);
        const pairs = result.bridges.reduce((sum, b) => sum + (b.places.length * (b.places.length - 1)) / 2, 0);
        expect(weight).toBe(pairs);
        for (const b of result.bridges) expect(b.organizations + b.streetGroups).toBeGreaterThanOrEqual(2);
      }),
    );
  });
});
