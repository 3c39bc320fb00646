import { can, type TrackingLog } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { DataTable } from '../shared/data-table';
import { useDocumentTitle } from '../shared/document-title';
import { formatDateTime } from '../shared/format';
import { PagedList, pageOf, useListPaging } from '../shared/paged-list';
import { ResourceView } from '../shared/resource-view';
import { SearchSelect } from '../shared/search-select';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useOrganizationOptions } from './organization-options';
import './tracking.css';

/** /tracking: staff's tracking logs — mine or everyone's — by organization and period, newest first. */
export function TrackingListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('tracking.list.title'));
  const user = useUser();
  const organizations = useOrganizationOptions();
  const [organizationId, setOrganization] = useState('');
  const [mineOnly, setMineOnly] = useState(false);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const query = new URLSearchParams({
    ...(organizationId && { organizationId }),
    ...(mineOnly && { staffUserId: user.id }),
    ...(from && { from }),
    ...(to && { to }),
  }).toString();
  const logs = useResource<{ items: TrackingLog[] }>(`/api/tracking-logs${query ? `?${query}` : ''}`);

  return (
    <article className="page page--wide" data-testid="tracking-list-page">
      <header className="page-header">
        <h1>{t('tracking.list.title')}</h1>
        <div className="tracking-pair__actions">
          {can(user, 'tracking.record') && (
            <Link className="button button--primary" to="/tracking/new" data-testid="tracking-list-new">
              {t('tracking.list.newVisit')}
            </Link>
          )}
          <Link className="button button--secondary" to="/activities/duplicates" data-testid="tracking-list-duplicates">
            {t('tracking.list.duplicates')}
          </Link>
        </div>
      </header>
      <div className="tracking-filters card">
        <SearchSelect
          label={t('tracking.list.organization')}
          value={organizationId}
          onChange={setOrganization}
          options={organizations.map((o) => ({ value: o.id, label: o.name }))}
          placeholder={t('tracking.list.allOrganizations')}
          testId="tracking-filter-organization"
        />
        <TextField
          label={t('tracking.list.from')}
          type="date"
          value={from}
          onChange={setFrom}
          testId="tracking-filter-from"
        />
        <TextField label={t('tracking.list.to')} type="date" value={to} onChange={setTo} testId="tracking-filter-to" />
        <label className="tracking-check">
          <input
            type="checkbox"
            checked={mineOnly}
            onChange={(event) => setMineOnly(event.target.checked)}
            data-testid="tracking-filter-mine"
          />
          {t('tracking.list.mineOnly')}
        </label>
      </div>
      <ResourceView resource={logs.resource} onRetry={logs.reload}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted" data-testid="tracking-list-empty">
              {t('tracking.list.empty')}
            </p>
          ) : (
            <TrackingLogTable items={items} />
          )
        }
      </ResourceView>
    </article>
  );
}

function TrackingLogTable({ items }: { items: readonly TrackingLog[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const paging = useListPaging();
  const { page, total } = pageOf(items, paging, (log) =>
    [log.observed, log.organizationName, log.staffName, log.feelings].join(' '),
  );
  return (
    <PagedList paging={paging} total={total} searchLabel={t('tracking.list.search')} testId="tracking-logs">
      <DataTable
        testId="tracking-list"
        rows={page}
        rowKey={(log) => log.id}
        rowTestId="tracking-list-row"
        columns={[
          {
            label: t('tracking.list.observed'),
            isRowHeader: true,
            cell: (log) => <Link to={`/activities/${log.activityId}`}>{log.observed}</Link>,
          },
          { label: t('tracking.list.when'), cell: (log) => formatDateTime(log.observedStartsAt, locale) },
          { label: t('tracking.list.organization'), cell: (log) => log.organizationName },
          { label: t('tracking.list.staff'), cell: (log) => log.staffName },
          { label: t('tracking.list.feelings'), cell: (log) => log.feelings },
        ]}
      />
    </PagedList>
  );
}
