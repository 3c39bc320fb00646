import { can, type Dispute, shanghaiDate } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { useWrite } from '../shared/use-write';
import './allocation.css';

/**
 * A community's disputes 纠纷 (seed 003 §6): open ones first, each with its parties, the meetings
 * held, and — once settled — the rule applied and the outcome, in words all parties can read.
 * Staff and the committee record meetings and the resolution here.
 */
export function DisputesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  useDocumentTitle(t('allocation.disputes.title'));
  const { resource, reload, refresh } = useResource<{ disputes: Dispute[] }>(
    `/api/communities/${encodeURIComponent(id)}/disputes`,
  );
  return (
    <article className="page page--wide" data-testid="disputes-page">
      <header className="page-header">
        <h1>{t('allocation.disputes.title')}</h1>
      </header>
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
  const isOpen = dispute.status === 'open';
  const canWrite = isOpen && can(user, 'allocation.dispute.write');
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
              <li key={m.id}>
                {m.heldOn} {m.title}
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
      {canWrite && <DisputeForms dispute={dispute} onChanged={onChanged} />}
    </li>
  );
}

function DisputeForms({ dispute, onChanged }: { dispute: Dispute; onChanged: () => void }) {
  const { t } = useTranslation();
  const today = shanghaiDate(new Date());
  const [meeting, setMeeting] = useState({ title: '', heldOn: today, notes: '' });
  const [resolution, setResolution] = useState({ ruleApplied: '', outcome: '', resolvedOn: today });
  const write = useWrite(onChanged);
  const path = `/api/disputes/${dispute.id}`;
  return (
    <details>
      <summary>
        {t('allocation.disputes.addMeeting')} / {t('allocation.disputes.resolve')}
      </summary>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void write.run(() => api.post(`${path}/meetings`, { ...meeting, notes: meeting.notes || undefined }));
        }}
      >
        <label className="field">
          <span>{t('allocation.disputes.meetingTitle')}</span>
          <input
            value={meeting.title}
            maxLength={100}
            onChange={(e) => setMeeting({ ...meeting, title: e.target.value })}
            required
          />
        </label>
        <label className="field">
          <span>{t('allocation.disputes.meetingDate')}</span>
          <input
            type="date"
            value={meeting.heldOn}
            onChange={(e) => setMeeting({ ...meeting, heldOn: e.target.value })}
            required
          />
        </label>
        <label className="field">
          <span>{t('allocation.disputes.meetingNotes')}</span>
          <textarea
            value={meeting.notes}
            maxLength={5000}
            onChange={(e) => setMeeting({ ...meeting, notes: e.target.value })}
          />
        </label>
        <button type="submit" className="button button--secondary" disabled={write.busy}>
          {t('allocation.disputes.addMeeting')}
        </button>
      </form>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void write.run(() => api.post(`${path}/resolve`, resolution));
        }}
      >
        <label className="field">
          <span>{t('allocation.disputes.rule')}</span>
          <textarea
            value={resolution.ruleApplied}
            maxLength={2000}
            onChange={(e) => setResolution({ ...resolution, ruleApplied: e.target.value })}
            required
          />
        </label>
        <label className="field">
          <span>{t('allocation.disputes.outcome')}</span>
          <textarea
            value={resolution.outcome}
            maxLength={2000}
            onChange={(e) => setResolution({ ...resolution, outcome: e.target.value })}
            required
          />
        </label>
        <label className="field">
          <span>{t('allocation.disputes.resolvedOn')}</span>
          <input
            type="date"
            value={resolution.resolvedOn}
            onChange={(e) => setResolution({ ...resolution, resolvedOn: e.target.value })}
            required
          />
        </label>
        <button type="submit" className="button button--primary" disabled={write.busy}>
          {t('allocation.disputes.resolve')}
        </button>
      </form>
      {write.error && <ErrorNotice message={write.error} />}
    </details>
  );
}
