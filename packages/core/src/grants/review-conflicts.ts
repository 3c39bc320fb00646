import type { DomainError } from '../errors';
import type { GrantConflictInput } from './review-schemas';

/**
 * Conflicts of interest the system refuses by itself (issue 17: "own organization, membership, a
 * declared relative"); anything subtler is the reviewer's to declare and staff's to judge.
 */

/** What ties a reviewer's account to organizations and people, read by the store. */
export interface ReviewerTies {
  /** The organization an organization account belongs to (a team's own login), if any. */
  accountOrganizationId: string | null;
  /** Organizations the reviewer's person is a current member of. */
  memberOfOrganizationIds: readonly string[];
  declared: readonly Pick<GrantConflictInput, 'organizationId' | 'personId'>[];
}

/** Who stands behind a proposal: its organization, its members and the people on its team. */
export interface ProposalParties {
  organizationId: string;
  personIds: readonly string[];
}

export type ReviewConflict = 'own_organization' | 'member' | 'declared_organization' | 'declared_person';

/** The first conflict found, in the order a person would name them; null when the reviewer may score it. */
export function reviewConflictOf(ties: ReviewerTies, parties: ProposalParties): ReviewConflict | null {
  if (ties.accountOrganizationId === parties.organizationId) return 'own_organization';
  if (ties.memberOfOrganizationIds.includes(parties.organizationId)) return 'member';
  if (ties.declared.some((conflict) => conflict.organizationId === parties.organizationId))
    return 'declared_organization';
  const people = new Set(parties.personIds);
  if (ties.declared.some((conflict) => conflict.personId !== undefined && people.has(conflict.personId)))
    return 'declared_person';
  return null;
}

/** A declaration names an organization or a person. */
export function conflictDeclarationProblems(input: GrantConflictInput): DomainError | null {
  if (input.organizationId === undefined && input.personId === undefined)
    return { code: 'grants.conflict_target_missing', fields: [{ path: 'organizationId', message: 'required' }] };
  return null;
}

const conflictCodes = {
  own_organization: 'grants.conflict_own_organization',
  member: 'grants.conflict_member',
  declared_organization: 'grants.conflict_declared',
  declared_person: 'grants.conflict_declared',
} as const;

/** The 409 an assignment meets when the reviewer has a conflict with the proposal. */
export function reviewConflictError(conflict: ReviewConflict): DomainError {
  return { code: conflictCodes[conflict], fields: [{ path: 'reviewerUserId', message: conflict }] };
}
