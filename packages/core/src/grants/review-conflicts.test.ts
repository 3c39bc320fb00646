import { describe, expect, it } from 'vitest';
import { conflictDeclarationProblems, reviewConflictError, reviewConflictOf } from './review-conflicts';

const team = { organizationId: 'org-garden', personIds: ['p-leader', 'p-aunt'] };
const free = { accountOrganizationId: null, memberOfOrganizationIds: [], declared: [] };

describe('reviewConflictOf', () => {
  it('lets a reviewer with no ties score', () => {
    expect(reviewConflictOf(free, team)).toBeNull();
    expect(
      reviewConflictOf({ ...free, declared: [{ organizationId: 'org-other' }, { personId: 'p-stranger' }] }, team),
    ).toBeNull();
  });

  it('refuses the team’s own account, a member, a declared organization and a declared person on the team', () => {
    expect(reviewConflictOf({ ...free, accountOrganizationId: 'org-garden' }, team)).toBe('own_organization');
    expect(reviewConflictOf({ ...free, memberOfOrganizationIds: ['org-garden'] }, team)).toBe('member');
    expect(reviewConflictOf({ ...free, declared: [{ organizationId: 'org-garden' }] }, team)).toBe(
      'declared_organization',
    );
    // a relative: the reviewer declared 阿姨 p-aunt, who is on the team
    expect(reviewConflictOf({ ...free, declared: [{ personId: 'p-aunt' }] }, team)).toBe('declared_person');
  });

  it('maps each conflict to a 409 code naming the reviewer field', () => {
    expect(reviewConflictError('declared_person')).toEqual({
      code: 'grants.conflict_declared',
      fields: [{ path: 'reviewerUserId', message: 'declared_person' }],
    });
    expect(reviewConflictError('member').code).toBe('grants.conflict_member');
  });
});

describe('conflictDeclarationProblems', () => {
  it('needs an organization or a person', () => {
    expect(conflictDeclarationProblems({ note: '亲属' })?.code).toBe('grants.conflict_target_missing');
    expect(conflictDeclarationProblems({ personId: 'p-aunt', note: '亲属' })).toBeNull();
  });
});
