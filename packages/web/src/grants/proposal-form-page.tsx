import type { GrantProposal, GrantRound, OrganizationDetail, PublicGrantRound } from '@seedbed/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { api } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { NotFoundPage } from '../shared/status-pages';
import { useResource } from '../shared/use-resource';
import { ProposalForm } from './proposal-form';
import { emptyProposalValues, proposalValuesOf } from './proposal-form-values';
import { newLocalProposal } from './proposal-local-store';
import './proposals.css';

/**
 * /proposals/new?round=CODE (the round's code from its poster or public page) and
 * /proposals/:id/edit: the team writes a proposal, or its next version. The round's rules come
 * from its public page's data, which a team account may read.
 */
export function ProposalFormPage() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const { t } = useTranslation();
  useDocumentTitle(id ? t('proposals.form.editTitle') : t('proposals.form.newTitle'));
  const heading = <h1>{id ? t('proposals.form.editTitle') : t('proposals.form.newTitle')}</h1>;
  if (id) return <EditProposal id={id} heading={heading} />;
  const code = search.get('round');
  if (!code) return <NotFoundPage />;
  return <NewProposal code={code} heading={heading} />;
}

function NewProposal({ code, heading }: { code: string; heading: React.ReactNode }) {
  const user = useUser();
  const organizationId = user.scopeKind === 'organization' ? (user.scopeId ?? '') : '';
  if (!organizationId) return <NotFoundPage />;
  return (
    <article className="page page--narrow" data-testid="proposal-form-page">
      {heading}
      <WithRoundAndTeam code={code} organizationId={organizationId}>
        {(rules, organization) => (
          <TeamForm
            organization={organization}
            round={rules}
            isSubmitted={false}
            start={() =>
              newLocalProposal(
                {
                  roundId: rules.id,
                  roundCode: rules.code,
                  organizationId,
                  values: emptyProposalValues(),
                  baseVersion: null,
                },
                Date.now(),
              )
            }
          />
        )}
      </WithRoundAndTeam>
    </article>
  );
}

function EditProposal({ id, heading }: { id: string; heading: React.ReactNode }) {
  const proposal = useResource<GrantProposal>(`/api/grant-proposals/${encodeURIComponent(id)}`);
  return (
    <article className="page page--narrow" data-testid="proposal-form-page">
      {heading}
      <ResourceView resource={proposal.resource} onRetry={proposal.reload}>
        {(current) => (
          <WithRoundAndTeam code={current.round.code} organizationId={current.organization.id}>
            {(rules, organization) => (
              <TeamForm
                organization={organization}
                round={rules}
                isSubmitted={current.status === 'submitted'}
                start={() =>
                  newLocalProposal(
                    {
                      proposalId: current.id,
                      roundId: current.roundId,
                      roundCode: current.round.code,
                      organizationId: current.organization.id,
                      values: proposalValuesOf(current.content),
                      baseVersion: current.currentVersion,
                    },
                    Date.now(),
                  )
                }
              />
            )}
          </WithRoundAndTeam>
        )}
      </ResourceView>
    </article>
  );
}

/** The round's rules (from its public page's data, which a team account may read) and the team, then the form. */
function WithRoundAndTeam({
  code,
  organizationId,
  children,
}: {
  code: string;
  organizationId: string;
  children: (round: GrantRound, organization: OrganizationDetail) => React.ReactNode;
}) {
  const round = useResource<PublicGrantRound>(`/api/public/grant-rounds/${encodeURIComponent(code)}`);
  const team = useResource<OrganizationDetail>(`/api/organizations/${encodeURIComponent(organizationId)}`);
  return (
    <ResourceView resource={round.resource} onRetry={round.reload}>
      {({ round: rules }) => (
        <ResourceView resource={team.resource} onRetry={team.reload}>
          {(organization) => children(rules, organization)}
        </ResourceView>
      )}
    </ResourceView>
  );
}

/** The form with the team's members to give roles to and its community's needs to answer (both optional helpers). */
function TeamForm({
  organization,
  ...props
}: Omit<Parameters<typeof ProposalForm>[0], 'members' | 'needs'> & { organization: OrganizationDetail }) {
  const needs = useCommunityNeeds(organization.homeCommunityId);
  const members = (organization.members ?? []).map((member) => ({ personId: member.personId, name: member.name }));
  return <ProposalForm {...props} members={members} needs={needs} />;
}

/** The needs register of the team's community; a failure only leaves the choice out. */
function useCommunityNeeds(communityId: string) {
  const [needs, setNeeds] = useState<{ id: string; description: string }[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    api
      .get<{ needs?: { id: string; description: string | null }[] }>(
        `/api/communities/${encodeURIComponent(communityId)}/survey`,
        { signal: controller.signal },
      )
      .then((survey) =>
        setNeeds((survey.needs ?? []).map((need) => ({ id: need.id, description: need.description ?? '' }))),
      )
      .catch(() => undefined);
    return () => controller.abort();
  }, [communityId]);
  return needs;
}
