import { can, type HonourRecognition, type HonourType, honourRecognitions } from '@seedbed/core';
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
 * A community's honours 表彰 with their published rules — what earns each and who decides — and who
 * received them (seed 003: praise for taking part, not only trophies). A resident is named only to
 * those who may read residents; the server leaves the name out for others.
 */
export function HonoursPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useUser();
  useDocumentTitle(t('allocation.honours.title'));
  const path = `/api/communities/${encodeURIComponent(id)}/honours`;
  const { resource, reload, replace } = useResource<{ honourTypes: HonourType[] }>(path);
  return (
    <article className="page page--narrow" data-testid="honours-page">
      <header className="page-header">
        <h1>{t('allocation.honours.title')}</h1>
      </header>
      <ResourceView resource={resource} onRetry={reload}>
        {({ honourTypes }) =>
          honourTypes.length === 0 ? (
            <p className="muted">{t('allocation.honours.empty')}</p>
          ) : (
            <ul className="allocation-list">
              {honourTypes.map((type) => (
                <li key={type.id} className="card" data-testid="honour-type">
                  <h2>{type.name}</h2>
                  <p className="muted">{t(`allocation.honours.recognition.${type.recognises}`)}</p>
                  <p>
                    <strong>{t('allocation.honours.earnedBy')}：</strong>
                    {type.earnedBy}
                  </p>
                  <p>
                    <strong>{t('allocation.honours.decidedBy')}：</strong>
                    {type.decidedBy}
                  </p>
                  <h3>{t('allocation.honours.awards')}</h3>
                  {type.awards.length === 0 ? (
                    <p className="muted">{t('allocation.honours.noAwards')}</p>
                  ) : (
                    <ul>
                      {type.awards.map((award) => (
                        <li key={award.id}>
                          {award.organizationName ?? award.personName ?? t('allocation.honours.aResident')} ·{' '}
                          {award.awardedOn} · {award.reason}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
      {can(user, 'allocation.honour.write') && <HonourTypeForm communityId={id} onMade={(list) => replace(list)} />}
    </article>
  );
}

function HonourTypeForm({
  communityId,
  onMade,
}: {
  communityId: string;
  onMade: (list: { honourTypes: HonourType[] }) => void;
}) {
  const { t } = useTranslation();
  const empty = { name: '', recognises: 'participation' as HonourRecognition, earnedBy: '', decidedBy: '' };
  const [values, setValues] = useState(empty);
  const write = useWrite(() => setValues(empty));
  return (
    <form
      className="form card"
      onSubmit={(event) => {
        event.preventDefault();
        void write.run(async () =>
          onMade(await api.post(`/api/communities/${encodeURIComponent(communityId)}/honour-types`, values)),
        );
      }}
    >
      <h2>{t('allocation.honours.create')}</h2>
      <label className="field">
        <span>{t('allocation.honours.name')}</span>
        <input
          value={values.name}
          maxLength={60}
          onChange={(e) => setValues({ ...values, name: e.target.value })}
          required
        />
      </label>
      <label className="field">
        <span>{t('allocation.honours.recognises')}</span>
        <select
          value={values.recognises}
          onChange={(e) => setValues({ ...values, recognises: e.target.value as HonourRecognition })}
        >
          {honourRecognitions.map((r) => (
            <option key={r} value={r}>
              {t(`allocation.honours.recognition.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('allocation.honours.earnedBy')}</span>
        <textarea
          value={values.earnedBy}
          maxLength={2000}
          onChange={(e) => setValues({ ...values, earnedBy: e.target.value })}
          required
        />
      </label>
      <label className="field">
        <span>{t('allocation.honours.decidedBy')}</span>
        <input
          value={values.decidedBy}
          maxLength={200}
          onChange={(e) => setValues({ ...values, decidedBy: e.target.value })}
          required
        />
      </label>
      {write.error && <ErrorNotice message={write.error} />}
      <button type="submit" className="button button--primary" disabled={write.busy}>
        {t('allocation.honours.create')}
      </button>
    </form>
  );
}
