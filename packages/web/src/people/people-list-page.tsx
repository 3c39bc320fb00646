import { can, type PersonList, type TrustStage, trustStages } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { DataTable } from '../shared/data-table';
import { useDocumentTitle } from '../shared/document-title';
import { formatDate } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { SelectField } from '../shared/select-field';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { CheckField } from './check-field';
import { useCommunityOptions } from './community-options';
import './people.css';

const pageSize = 50;

/** Staff's list of residents and activists: filters, and the nudge on those visited fewer than twice. */
export function PeopleListPage() {
  const { t } = useTranslation();
  const user = useUser();
  useDocumentTitle(t('people.title'));
  const communities = useCommunityOptions();
  const [communityId, setCommunityId] = useState('');
  const [activists, setActivists] = useState(false);
  const [fewVisits, setFewVisits] = useState(false);
  const [trustStage, setTrustStage] = useState<TrustStage | ''>('');
  const [name, setName] = useState('');
  const [offset, setOffset] = useState(0);
  /** Any change of filter starts again at the first page. */
  const filter =
    <T,>(setter: (value: T) => void) =>
    (value: T) => {
      setter(value);
      setOffset(0);
    };
  const query = new URLSearchParams({ limit: String(pageSize), offset: String(offset) });
  if (communityId) query.set('communityId', communityId);
  if (activists) query.set('activists', 'true');
  if (fewVisits) query.set('fewVisits', 'true');
  if (trustStage) query.set('trustStage', trustStage);
  if (name.trim()) query.set('q', name.trim());
  const { resource, reload } = useResource<PersonList>(`/api/people?${query}`);

  return (
    <section className="page page--wide" data-testid="people-list">
      <header className="page-header">
        <h1>{t('people.title')}</h1>
        {can(user, 'person.write') && (
          <Link className="button button--primary" to="/people/new" data-testid="new-person-link">
            {t('people.newPerson')}
          </Link>
        )}
        {can(user, 'person.merge') && (
          <Link className="button button--secondary" to="/people/duplicates" data-testid="duplicates-link">
            {t('people.duplicatesLink')}
          </Link>
        )}
      </header>
      <form className="form card" onSubmit={(event) => event.preventDefault()} data-testid="people-filters">
        {communities.length > 0 && (
          <SelectField
            label={t('people.filters.community')}
            value={communityId}
            onChange={filter(setCommunityId)}
            options={[
              { value: '', label: t('people.filters.allCommunities') },
              ...communities.map((c) => ({ value: c.id, label: c.name })),
            ]}
            testId="filter-community"
          />
        )}
        <SelectField
          label={t('people.filters.trustStage')}
          value={trustStage}
          onChange={(value) => filter(setTrustStage)(value as TrustStage | '')}
          options={[
            { value: '', label: t('people.filters.anyStage') },
            ...trustStages.map((stage) => ({ value: stage, label: t(`people.trustStages.${stage}`) })),
          ]}
          testId="filter-trust-stage"
        />
        <TextField label={t('people.filters.name')} value={name} onChange={filter(setName)} testId="filter-name" />
        <CheckField
          label={t('people.filters.activists')}
          checked={activists}
          onChange={filter(setActivists)}
          testId="filter-activists"
        />
        <CheckField
          label={t('people.filters.fewVisits')}
          checked={fewVisits}
          onChange={filter(setFewVisits)}
          testId="filter-few-visits"
        />
      </form>
      <ResourceView resource={resource} onRetry={reload}>
        {(list) => (
          <>
            <p className="muted" data-testid="people-total">
              {t('people.total', { count: list.total })}
            </p>
            {list.items.length === 0 ? <p>{t('people.none')}</p> : <PeopleTable list={list} />}
            {list.total > pageSize && <Pager offset={offset} total={list.total} onOffset={setOffset} />}
          </>
        )}
      </ResourceView>
    </section>
  );
}

/** Previous / next over pages of `pageSize`, with where the page lies in the whole list. */
function Pager({ offset, total, onOffset }: { offset: number; total: number; onOffset: (offset: number) => void }) {
  const { t } = useTranslation();
  return (
    <nav className="people-pager" aria-label={t('people.title')} data-testid="people-pager">
      <button
        type="button"
        className="button button--secondary"
        disabled={offset === 0}
        onClick={() => onOffset(Math.max(0, offset - pageSize))}
        data-testid="people-previous"
      >
        {t('people.paging.previous')}
      </button>
      <span data-testid="people-range">
        {t('people.paging.range', { from: offset + 1, to: Math.min(offset + pageSize, total), total })}
      </span>
      <button
        type="button"
        className="button button--secondary"
        disabled={offset + pageSize >= total}
        onClick={() => onOffset(offset + pageSize)}
        data-testid="people-next"
      >
        {t('people.paging.next')}
      </button>
    </nav>
  );
}

function PeopleTable({ list }: { list: PersonList }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <DataTable
      rows={list.items}
      rowKey={(person) => person.id}
      rowTestId="person-row"
      columns={[
        {
          label: t('people.columns.name'),
          isRowHeader: true,
          cell: (person) => (
            <>
              <Link to={`/people/${person.id}`}>{person.name}</Link>{' '}
              {person.isActivist && <span className="role-tag role-tag--leader">{t('people.activist')}</span>}{' '}
              {person.isChild && <span className="role-tag">{t('people.child')}</span>}
            </>
          ),
        },
        {
          label: t('people.columns.community'),
          cell: (person) => [person.communityName, person.estateName].filter(Boolean).join(' · '),
        },
        { label: t('people.columns.phone'), cell: (person) => person.phone ?? '—' },
        {
          label: t('people.columns.trustStage'),
          cell: (person) => (
            <span className="stage-badge" data-testid="person-row-trust" data-stage={person.trustStage}>
              {t(`people.trustStages.${person.trustStage}`)}
            </span>
          ),
        },
        {
          label: t('people.columns.visits'),
          isNumeric: true,
          cell: (person) => (
            <>
              <span data-testid="person-row-visits">{person.visitCount}</span>{' '}
              {person.needsVisits && (
                <span className="status status--inactive" title={t('people.nudgeHint')} data-testid="visit-nudge">
                  {t('people.nudge')}
                </span>
              )}
            </>
          ),
        },
        { label: t('people.columns.lastVisit'), cell: (person) => formatDate(person.lastVisitOn, locale) ?? '—' },
      ]}
    />
  );
}
