import { can, type HonourType } from '@seedbed/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import './allocation.css';
import { HonourAwardForm } from './honour-award-form';
import { emptyHonourType, type HonourList, HonourTypeForm } from './honour-type-form';

/**
 * A community's honours 表彰 with their published rules — what earns each and who decides — and who
 * received them (seed 003: praise for taking part, not only trophies). A resident is named only to
 * those who may read residents; the server leaves the name out for others. Staff and the committee
 * set up an honour, change its rule, and award it here.
 */
export function HonoursPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useUser();
  useDocumentTitle(t('allocation.honours.title'));
  const path = `/api/communities/${encodeURIComponent(id)}/honours`;
  const { resource, reload, replace } = useResource<HonourList>(path);
  const mayWrite = can(user, 'allocation.honour.write');
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
                <HonourCard key={type.id} type={type} mayWrite={mayWrite} onSaved={replace} />
              ))}
            </ul>
          )
        }
      </ResourceView>
      {mayWrite && (
        <div className="card">
          <HonourTypeForm
            initial={emptyHonourType}
            title={t('allocation.honours.create')}
            submitLabel={t('allocation.honours.create')}
            send={(values) => api.post<HonourList>(`/api/communities/${encodeURIComponent(id)}/honour-types`, values)}
            onSaved={replace}
          />
        </div>
      )}
    </article>
  );
}

function HonourCard({
  type,
  mayWrite,
  onSaved,
}: {
  type: HonourType;
  mayWrite: boolean;
  onSaved: (list: HonourList) => void;
}) {
  const { t } = useTranslation();
  return (
    <li className="card" data-testid="honour-type">
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
            <li key={award.id} data-testid="honour-award">
              {award.organizationName ?? award.personName ?? t('allocation.honours.aResident')} · {award.awardedOn}
              {award.reason ? ` · ${award.reason}` : ''}
            </li>
          ))}
        </ul>
      )}
      {mayWrite && (
        <>
          <Folded summary={t('allocation.honours.award')} testId="honour-award-open">
            <HonourAwardForm type={type} onSaved={onSaved} />
          </Folded>
          <Folded summary={t('allocation.honours.edit')} testId="honour-edit-open">
            <HonourTypeForm
              initial={{
                name: type.name,
                recognises: type.recognises,
                earnedBy: type.earnedBy,
                decidedBy: type.decidedBy,
              }}
              title={t('allocation.honours.edit')}
              submitLabel={t('allocation.honours.saveChanges')}
              send={(values) => api.patch<HonourList>(`/api/honour-types/${type.id}`, values)}
              onSaved={onSaved}
              keepsValues
            />
          </Folded>
        </>
      )}
    </li>
  );
}

/** A form folded under its summary, mounted only when opened (its pickers load then, not for every card). */
function Folded({ summary, testId, children }: { summary: string; testId: string; children: ReactNode }) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <details open={isOpen} onToggle={(event) => setIsOpen(event.currentTarget.open)}>
      <summary data-testid={testId}>{summary}</summary>
      {isOpen && children}
    </details>
  );
}
