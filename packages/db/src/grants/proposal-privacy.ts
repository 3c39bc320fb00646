import { sql } from 'kysely';
import type { PersonExportHook } from '../people';

/**
 * Grants' part of a person's export (PIPL art. 45): the proposals that name them — in a version's
 * team roles (团队分工) or as its leader (提案负责人), or as the accountable adult who signed it.
 * A proposal keeps every version whole, so one that named them once still holds their id after a
 * later version dropped them: each proposal is listed with the versions that name them. Only ids
 * are held (the name is the person's record), so erasure has nothing to clear here.
 */
export const exportGrantProposalRoles: PersonExportHook = async ({ db }, person) => {
  const team = JSON.stringify([{ personId: person.id }]);
  const versions = await db
    .selectFrom('grant_proposal_versions as v')
    .select(['v.id', 'v.proposal_id', 'v.number', 'v.content'])
    .where((eb) =>
      eb.or([
        eb(sql`v.content -> 'team'`, '@>', sql`${team}::jsonb`),
        eb(sql`v.content ->> 'leaderPersonId'`, '=', person.id),
      ]),
    )
    .orderBy('v.number')
    .execute();
  const proposalIds = [...new Set(versions.map((version) => version.proposal_id))];
  const proposals = await db
    .selectFrom('grant_proposals as p')
    .innerJoin('grant_rounds as r', 'r.id', 'p.round_id')
    .innerJoin('organizations as o', 'o.id', 'p.organization_id')
    .select([
      'p.id',
      'p.round_id as roundId',
      'p.title',
      'r.name as round',
      'o.name as organization',
      'p.adult_signer_person_id',
      'p.adult_signed_at',
      'p.created_at',
    ])
    .where((eb) =>
      eb.or([
        ...(proposalIds.length > 0 ? [eb('p.id', 'in', proposalIds)] : []),
        eb('p.adult_signer_person_id', '=', person.id),
      ]),
    )
    .orderBy('p.created_at')
    .execute();
  const grantProposalRoles = proposals.map((proposal) => {
    const naming = versions.filter((version) => version.proposal_id === proposal.id);
    const roles = naming.flatMap((version) =>
      teamOf(version.content)
        .filter((entry) => entry.personId === person.id)
        .map((entry) => entry.role),
    );
    return {
      id: proposal.id,
      roundId: proposal.roundId,
      title: proposal.title,
      round: proposal.round,
      organization: proposal.organization,
      role: [...new Set(roles)],
      versions: naming.map((version) => version.number),
      leaderInVersions: naming
        .filter((version) => (version.content as { leaderPersonId?: string }).leaderPersonId === person.id)
        .map((version) => version.number),
      versionIds: naming.map((version) => version.id),
      adultSignedAt: proposal.adult_signer_person_id === person.id ? proposal.adult_signed_at : null,
    };
  });
  return { grantProposalRoles };
};

/** A stored version's team roles (core's ProposalContent, kept as the team saved it). */
function teamOf(content: unknown): { personId: string; role: string }[] {
  const team = (content as { team?: unknown }).team;
  return Array.isArray(team) ? (team as { personId: string; role: string }[]) : [];
}
