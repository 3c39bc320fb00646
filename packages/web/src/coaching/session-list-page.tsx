import { type CoachingSession, can, shanghaiDate } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { currentLocale } from '../i18n';
import { DataTable } from '../shared/data-table';
import { useDocumentTitle } from '../shared/document-title';
import { formatDate } from '../shared/format';
import { PagedList, pageOf, useListPaging } from '../shared/paged-list';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { hoursOf } from './chips';
import { defaultPeriod } from './period';
import './coaching.css';

/** The coaching sessions of a period (optionally of one organization), newest first. */
export function SessionListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('coaching.list.title'));
  const user = useUser();
  const [params] = useSearchParams();
  const organizationId = params.get('organizationId');
  const [period, setPeriod] = useState(() => defaultPeriod(shanghaiDate(new Date())));
  const query = new URLSearchParams({ from: period.from, to: period.to });
  if (organizationId) query.set('organizationId', organizationId);
  const { resource, reload } = useResource<{ items: CoachingSession[] }>(`/api/coaching-sessions?${query}`);
  const mayEdit = can(user, 'coaching.record');
  return (
    <article className="page page--wide" data-testid="coaching-session-list-page">
      <header className="page-header">
        <h1>{t('coaching.list.title')}</h1>
        {can(user, 'coaching.record') && (
          <Link className="button button--primary" to="/coaching/sessions/new" data-testid="coaching-new-session">
            {t('coaching.form.title')}
          </Link>
        )}
        {can(user, 'coaching.workload.read') && <Link to="/coaching/workload">{t('coaching.list.workload')}</Link>}
      </header>
      <div className="coaching-period">
        <TextField
          label={t('coaching.list.from')}
          type="date"
          value={period.from}
          onChange={(from) => setPeriod((p) => ({ ...p, from }))}
        />
        <TextField
          label={t('coaching.list.to')}
          type="date"
          value={period.to}
          onChange={(to) => setPeriod((p) => ({ ...p, to }))}
        />
      </div>
      <ResourceView resource={resource} onRetry={reload}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('coaching.list.empty')}</p>
          ) : (
            <SessionTable items={items} mayEdit={mayEdit} />
          )
        }
      </ResourceView>
    </article>
  );
}

function SessionTable({ items, mayEdit }: { items: readonly CoachingSession[]; mayEdit: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const paging = useListPaging();
  const { page, total } = pageOf(items, paging, (session) =>
    [session.topic, ...session.organizations.map((o) => o.name), ...session.staff.map((s) => s.name)].join(' '),
  );
  return (
    <PagedList paging={paging} total={total} searchLabel={t('coaching.list.search')} testId="coaching-sessions">
      <DataTable
        className="coaching-table"
        testId="coaching-session-table"
        rows={page}
        rowKey={(session) => session.id}
        rowTestId="coaching-session-row"
        columns={[
          {
            label: t('coaching.list.topic'),
            isRowHeader: true,
            testId: 'coaching-session-topic',
            cell: (session) => session.topic,
          },
          { label: t('coaching.list.date'), cell: (session) => formatDate(session.heldOn, locale) },
          {
            label: t('coaching.list.kind'),
            cell: (session) =>
              `${t(`coaching.kinds.${session.kind}`)}${session.isOnline ? ` · ${t('coaching.online')}` : ''}`,
          },
          {
            label: t('coaching.list.organizations'),
            cell: (session) =>
              session.organizations.length > 3
                ? t('coaching.list.organizationsCount', { count: session.organizations.length })
                : session.organizations.map((o) => (
                    <Link key={o.id} to={`/organizations/${o.id}`}>
                      {o.name}{' '}
                    </Link>
                  )),
          },
          { label: t('coaching.list.staff'), cell: (session) => session.staff.map((s) => s.name).join('、') },
          {
            label: t('coaching.list.duration'),
            isNumeric: true,
            cell: (session) => t('coaching.hours', { hours: hoursOf(session.durationMinutes) }),
          },
          mayEdit && {
            label: t('coaching.edit.link'),
            isLabelHidden: true,
            cell: (session) => (
              <Link
                to={`/coaching/sessions/${session.id}/edit`}
                aria-label={t('coaching.edit.linkFor', { topic: session.topic })}
                data-testid="coaching-edit-session"
              >
                {t('coaching.edit.link')}
              </Link>
            ),
          },
        ]}
      />
    </PagedList>
  );
}
