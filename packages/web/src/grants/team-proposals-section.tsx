import { can, formatFen, type GrantProposalSummary } from '@seedbed/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { currentLocale } from '../i18n';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { type LocalProposal, listLocalProposals, onLocalProposalChange } from './proposal-local-store';
import './proposals.css';

/**
 * The team's proposals on its page: those the server has, those still on this phone, and 写提案
 * for a round by the code on its poster or public page — for a round the open list above does not
 * show (team-open-rounds.tsx); the round's public page links here with its code.
 */
export function TeamProposalsSection({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const user = useUser();
  const { resource, reload } = useResource<GrantProposalSummary[]>(
    `/api/organizations/${encodeURIComponent(organizationId)}/grant-proposals`,
  );
  const unsent = useUnsentProposals(organizationId);
  return (
    <section data-testid="team-proposals-section">
      {unsent.length > 0 && (
        <>
          <h3>{t('proposals.unsent')}</h3>
          <ul className="team-proposals__list">
            {unsent.map((item) => (
              <li key={item.localId}>
                <Link
                  to={
                    item.isCreated
                      ? `/proposals/${item.proposalId}/edit`
                      : `/proposals/new?round=${encodeURIComponent(item.roundCode)}`
                  }
                  data-testid="team-proposal-unsent"
                >
                  {item.values.title || t('proposals.untitled')} · {t('proposals.continue')}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <ResourceView resource={resource} onRetry={reload}>
        {(proposals) =>
          proposals.length === 0 ? (
            <p className="muted">{t('proposals.none')}</p>
          ) : (
            <ul className="team-proposals__list">
              {proposals.map((proposal) => (
                <li key={proposal.id}>
                  <Link to={`/proposals/${proposal.id}`} data-testid="team-proposal">
                    {proposal.title}
                  </Link>{' '}
                  · {t(`proposals.status.${proposal.status}`)} · {formatFen(proposal.requestedFen, locale)}
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
      {can(user, 'grants.proposal.write') && <StartProposal />}
    </section>
  );
}

function StartProposal() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (code.trim()) navigate(`/proposals/new?round=${encodeURIComponent(code.trim())}`);
      }}
    >
      <TextField
        label={t('proposals.roundCode')}
        hint={t('proposals.writeHint')}
        value={code}
        onChange={setCode}
        maxLength={40}
        testId="team-proposal-round-code"
      />
      <button type="submit" className="button button--primary button--block" data-testid="team-proposal-write">
        {t('proposals.write')}
      </button>
    </form>
  );
}

function useUnsentProposals(organizationId: string): LocalProposal[] {
  const [items, setItems] = useState<LocalProposal[]>([]);
  useEffect(() => {
    let isCancelled = false;
    const load = () =>
      void listLocalProposals()
        .then((all) => {
          if (!isCancelled) setItems(all.filter((item) => item.organizationId === organizationId));
        })
        .catch(() => undefined);
    load();
    const stop = onLocalProposalChange(load);
    return () => {
      isCancelled = true;
      stop();
    };
  }, [organizationId]);
  return items;
}
