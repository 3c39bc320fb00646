import { can, type Dispute } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../shared/document-title';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { DisputeForms } from './dispute-forms';
import { DisputeNewForm } from './dispute-new-form';
import './allocation.css';

/**
 * A community's disputes 纠纷 (seed 003 §6): open ones first, each with its parties, the meetings
 * held (a linked deliberation meeting opens at /meetings/{id}), and — once settled — the rule
 * applied and the outcome, in words all parties can read. Staff and the committee record a new
 * dispute, its meetings, its rule and outcome here.
 */
export function DisputesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  useDocumentTitle(t('allocation.disputes.title'));
  const user = useUser();
  const { resource, reload, refresh } = useResource<{ disputes: Dispute[] }>(
    `/api/communities/${encodeURIComponent(id)}/disputes`,
  );
  return (
    <article className="page page--wide" data-testid="disputes-page">
      <header className="page-header">
        <h1>{t('allocation.disputes.title')}</h1>
      </header>
      {can(user, 'allocation.dispute.write') && <DisputeNewForm communityId={id} onMade={refresh} />}
      <ResourceView resource={resource} onRetry={reload}>
        {({ disputes }) =>
          disputes.length === 0 ? (
            <p className="muted">{t('allocation.disputes.empty')}</p>
          ) : (
            <ul className="allocation-list">
              {disputes.map((dispute) => (
                <DisputeCard key={dispute.id} dispute={dispute} onChanged={refresh} />
              ))}
            </ul>
          )
        }
      </ResourceView>
    </article>
  );
}

function DisputeCard({ dispute, onChanged }: { dispute: Dispute; onChanged: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  return (
    <li className="card" data-testid="dispute">
      <h2>{dispute.title}</h2>
      <p className="muted">
        <span className="badge">{t(`allocation.disputes.${dispute.status}`)}</span>{' '}
        {t(`allocation.disputes.contested.${dispute.contested}`)}
        {dispute.spaceName ? ` · ${dispute.spaceName}` : ''} · {dispute.openedOn}
      </p>
      {dispute.description && <p>{dispute.description}</p>}
      <p>
        <strong>{t('allocation.disputes.parties')}：</strong>
        {dispute.parties.map((p) => p.name).join('、')}
      </p>
      {dispute.meetings.length > 0 && (
        <>
          <h3>{t('allocation.disputes.meetings')}</h3>
          <ul>
            {dispute.meetings.map((m) => (
              <li key={m.id} data-testid="dispute-meeting-line">
                {m.heldOn} {m.meetingId ? <Link to={`/meetings/${m.meetingId}`}>{m.title}</Link> : m.title}
                {m.notes ? `：${m.notes}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {dispute.ruleApplied && (
        <p>
          <strong>{t('allocation.disputes.rule')}：</strong>
          {dispute.ruleApplied}
        </p>
      )}
      {dispute.outcome && (
        <p>
          <strong>{t('allocation.disputes.outcome')}：</strong>
          {dispute.outcome} ({dispute.resolvedOn})
        </p>
      )}
      {can(user, 'allocation.dispute.write') && <DisputeForms dispute={dispute} onChanged={onChanged} />}
    </li>
  );
}
