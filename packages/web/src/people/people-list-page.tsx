import { can, type PersonList, type TrustStage, trustStages } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { DataTable } from '../shared/data-table';
import { useDocumentTitle } from '../shared/document-title';
import { formatDate } from '../shared/format';
import { PagedList, pageQuery, useListPaging } from '../shared/paged-list';
import { ResourceView } from '../shared/resource-view';
import { SelectField } from '../shared/select-field';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { CheckField } from './check-field';
import { useCommunityOptions } from './community-options';
import './people.css';

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
  const paging = useListPaging();
  /** Any change of filter starts again at the first page. */
  const filter =
    <T,>(setter: (value: T) => void) =>
    (value: T) => {
      setter(value);
      paging.setOffset(0);
    };
  const query = new URLSearchParams(pageQuery(paging));
  if (communityId) query.set('communityId', communityId);
  if (activists) query.set('activists', 'true');
  if (fewVisits) query.set('fewVisits', 'true');
  if (trustStage) query.set('trustStage', trustStage);
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
      <PagedList
        paging={paging}
        total={resource.status === 'ready' ? resource.data.total : undefined}
        searchLabel={t('people.filters.name')}
        totalLabel={(count) => t('people.total', { count })}
        testId="people"
      >
        <ResourceView resource={resource} onRetry={reload}>
          {(list) => (list.items.length === 0 ? <p>{t('people.none')}</p> : <PeopleTable list={list} />)}
        </ResourceView>
      </PagedList>
    </section>
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
