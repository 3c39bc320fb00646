import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isPeerScoreWithheld,
  minimumPeerSheets,
  peerAnonymityProblem,
  peerScore,
  underRatedOrganization,
} from './peer-anonymity';
import { assignPeers } from './peer-assignment';

describe('peerScore (互评不署名)', () => {
  it('withholds a single sheet: its mean would be the giver’s own score', () => {
    expect(peerScore([])).toBeNull();
    expect(peerScore([83])).toBeNull();
    expect(isPeerScoreWithheld(1)).toBe(true);
    expect(isPeerScoreWithheld(0)).toBe(false);
  });

  it('is the plain mean from two sheets on', () => {
    expect(peerScore([80, 90])).toBe(85);
    expect(peerScore([70, 80, 91])).toBe(80.33);
    expect(isPeerScoreWithheld(2)).toBe(false);
  });

  it('never shows one sheet’s own total', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 8 }), (totals) => {
        const score = peerScore(totals);
        return totals.length < minimumPeerSheets ? score === null : score !== null;
      }),
    );
  });
});

describe('peerAnonymityProblem: opening a campaign', () => {
  it('refuses one or two teams while the peer weight counts', () => {
    expect(peerAnonymityProblem(2, 3, 10)).toEqual({
      code: 'evaluation.peer_too_few',
      params: { teams: 2, perTeam: 1 },
    });
    expect(peerAnonymityProblem(1, 3, 10)?.code).toBe('evaluation.peer_too_few');
  });

  it('refuses each team rating only one other, however many teams', () => {
    expect(peerAnonymityProblem(12, 1, 10)).toEqual({
      code: 'evaluation.peer_too_few',
      params: { teams: 12, perTeam: 1 },
    });
  });

  it('lets three teams rating two others open, and any campaign whose peer weight is 0', () => {
    expect(peerAnonymityProblem(3, 2, 10)).toBeNull();
    expect(peerAnonymityProblem(3, 5, 10)).toBeNull();
    expect(peerAnonymityProblem(2, 3, 0)).toBeNull();
    expect(peerAnonymityProblem(1, 1, 0)).toBeNull();
  });
});

describe('underRatedOrganization: pairs set by hand', () => {
  const teams = ['a', 'b', 'c', 'd'];
  it('finds a team one swap left with a single rater, unless peers do not count', () => {
    const balanced = assignPeers(teams, 2, 3);
    expect(underRatedOrganization(teams, balanced, 10)).toBeNull();
    const first = balanced[0]!;
    const free = teams.find(
      (t) =>
        t !== first.raterOrganizationId &&
        !balanced.some((p) => p.raterOrganizationId === first.raterOrganizationId && p.ratedOrganizationId === t),
    )!;
    const swapped = balanced.map((p) => (p === first ? { ...p, ratedOrganizationId: free } : p));
    expect(underRatedOrganization(teams, swapped, 10)).toBe(first.ratedOrganizationId);
    expect(underRatedOrganization(teams, swapped, 0)).toBeNull();
  });
});
