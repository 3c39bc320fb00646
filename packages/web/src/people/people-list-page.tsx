import { can, type PersonList, type TrustStage, trustStages } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { useDocumentTitle } from '../shared/document-title';
import { formatDate } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useCommunityOptions } from './community-options';
import { CheckField, SelectField } from './select-field';

const pageSize = 100;

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
  const [limit, setLimit] = useState(pageSize);
  const query = new URLSearchParams({ limit: String(limit) });
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
        {can(user.role, 'person.write') && (
          <Link className="button button--primary" to="/people/new" data-testid="new-person-link">
            {t('people.newPerson')}
          </Link>
        )}
        {can(user.role, 'person.merge') && (
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
            onChange={setCommunityId}
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
          onChange={(value) => setTrustStage(value as TrustStage | '')}
          options={[
            { value: '', label: t('people.filters.anyStage') },
            ...trustStages.map((stage) => ({ value: stage, label: t(`people.trustStages.${stage}`) })),
          ]}
          testId="filter-trust-stage"
        />
        <TextField label={t('people.filters.name')} value={name} onChange={setName} testId="filter-name" />
        <CheckField
          label={t('people.filters.activists')}
          checked={activists}
          onChange={setActivists}
          testId="filter-activists"
        />
        <CheckField
          label={t('people.filters.fewVisits')}
          checked={fewVisits}
          onChange={setFewVisits}
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
            {list.total > list.items.length && (
              <button type="button" className="button button--secondary" onClick={() => setLimit(limit + pageSize)}>
                {t('people.more')}
              </button>
            )}
          </>
        )}
      </ResourceView>
    </section>
  );
}

function PeopleTable({ list }: { list: PersonList }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('people.columns.name')}</th>
            <th scope="col">{t('people.columns.community')}</th>
            <th scope="col">{t('people.columns.phone')}</th>
            <th scope="col">{t('people.columns.trustStage')}</th>
            <th scope="col" className="numeric">
              {t('people.columns.visits')}
            </th>
            <th scope="col">{t('people.columns.lastVisit')}</th>
          </tr>
        </thead>
        <tbody>
          {list.items.map((person) => (
            <tr key={person.id} data-testid="person-row">
              <th scope="row">
                <Link to={`/people/${person.id}`}>{person.name}</Link>{' '}
                {person.isActivist && <span className="role-tag role-tag--leader">{t('people.activist')}</span>}{' '}
                {person.isChild && <span className="role-tag">{t('people.child')}</span>}
              </th>
              <td>{[person.communityName, person.estateName].filter(Boolean).join(' · ')}</td>
              <td>{person.phone ?? '—'}</td>
              <td>{t(`people.trustStages.${person.trustStage}`)}</td>
              <td className="numeric">
                {person.visitCount}{' '}
                {person.needsVisits && (
                  <span className="status status--inactive" title={t('people.nudgeHint')} data-testid="visit-nudge">
                    {t('people.nudge')}
                  </span>
                )}
              </td>
              <td>{formatDate(person.lastVisitOn, locale) ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
