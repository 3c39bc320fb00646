import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignPeers, peerAssignmentProblems, peerInDegrees } from './peer-assignment';

const teams = (n: number) => Array.from({ length: n }, (_, i) => `team-${i}`);

describe('assignPeers (互评)', () => {
  const teamsAndK = fc.record({
    n: fc.integer({ min: 1, max: 40 }),
    k: fc.integer({ min: 1, max: 10 }),
    seed: fc.integer(),
  });

  it('never lets a team rate itself', () => {
    fc.assert(
      fc.property(teamsAndK, ({ n, k, seed }) =>
        assignPeers(teams(n), k, seed).every((a) => a.raterOrganizationId !== a.ratedOrganizationId),
      ),
    );
  });

  it('gives each team k distinct targets (k capped at n − 1)', () => {
    fc.assert(
      fc.property(teamsAndK, ({ n, k, seed }) => {
        const assignments = assignPeers(teams(n), k, seed);
        return teams(n).every((team) => {
          const targets = assignments.filter((a) => a.raterOrganizationId === team).map((a) => a.ratedOrganizationId);
          return targets.length === Math.min(k, n - 1) && new Set(targets).size === targets.length;
        });
      }),
    );
  });

  it('rates every team about equally often (in-degree spread ≤ 1)', () => {
    fc.assert(
      fc.property(teamsAndK, ({ n, k, seed }) => {
        const degrees = [...peerInDegrees(teams(n), assignPeers(teams(n), k, seed)).values()];
        return Math.max(...degrees) - Math.min(...degrees) <= 1;
      }),
    );
  });

  it('is the same for the same seed, and another seed changes it', () => {
    expect(assignPeers(teams(12), 3, 7)).toEqual(assignPeers(teams(12), 3, 7));
    expect(assignPeers(teams(12), 3, 7)).not.toEqual(assignPeers(teams(12), 3, 8));
  });

  it('produces assignments its own check accepts', () => {
    fc.assert(
      fc.property(
        teamsAndK,
        ({ n, k, seed }) => peerAssignmentProblems(teams(n), assignPeers(teams(n), k, seed), k) === null,
      ),
    );
  });
});

describe('peerAssignmentProblems', () => {
  it('finds a team rating itself, a pair twice, and a team outside the campaign', () => {
    const ids = teams(3);
    expect(peerAssignmentProblems(ids, [{ raterOrganizationId: 'team-0', ratedOrganizationId: 'team-0' }])).toEqual({
      index: 0,
      problem: 'self',
    });
    const pair = { raterOrganizationId: 'team-0', ratedOrganizationId: 'team-1' };
    expect(peerAssignmentProblems(ids, [pair, pair])).toEqual({ index: 1, problem: 'duplicate' });
    expect(peerAssignmentProblems(ids, [{ raterOrganizationId: 'team-0', ratedOrganizationId: 'x' }])).toEqual({
      index: 0,
      problem: 'outside',
    });
  });

  it('with k given, finds a team rating more or fewer than k others (a swap keeps k)', () => {
    const ids = teams(3);
    const pairs = assignPeers(ids, 2, 1);
    expect(peerAssignmentProblems(ids, pairs, 2)).toBeNull();
    const dropped = pairs.filter((_, index) => index !== 0);
    expect(peerAssignmentProblems(ids, dropped, 2)?.problem).toBe('count');
    expect(peerAssignmentProblems(ids, pairs, 3)).toBeNull(); // k is capped at n − 1
    expect(peerAssignmentProblems(teams(4), assignPeers(teams(4), 2, 1), 3)?.problem).toBe('count');
  });
});
