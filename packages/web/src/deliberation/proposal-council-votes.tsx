import type { ProposalVote } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useResource } from '../shared/use-resource';

/**
 * On a proposal's page: the closed council votes that named it (seed 000's children chose a proposal
 * this way) — the meeting, its count among all ballots, and whether it led. Nothing when none did.
 */
export function ProposalCouncilVotes({ proposalId }: { proposalId: string }) {
  const { t } = useTranslation();
  const votes = useResource<ProposalVote[]>(`/api/grant-proposals/${encodeURIComponent(proposalId)}/council-votes`);
  if (votes.resource.status !== 'ready' || votes.resource.data.length === 0) return null;
  return (
    <section className="card" data-testid="proposal-council-votes">
      <h2>{t('deliberation.proposalVotes.title')}</h2>
      <ul className="meeting-lines">
        {votes.resource.data.map((vote) => (
          <li key={vote.voteId}>
            {vote.meetingId ? (
              <Link to={`/meetings/${vote.meetingId}`}>
                {t('deliberation.proposalVotes.line', {
                  meeting: vote.meetingTitle,
                  date: vote.heldOn,
                  count: vote.count,
                  cast: vote.cast,
                })}
              </Link>
            ) : (
              // A meeting the reader may not open (a committee's): the count alone.
              t('deliberation.proposalVotes.countOnly', { question: vote.question, count: vote.count, cast: vote.cast })
            )}
            {vote.isLeader && <strong> · {t('deliberation.proposalVotes.leads')}</strong>}
          </li>
        ))}
      </ul>
    </section>
  );
}
