import { type CoachingSession, can, shanghaiDate } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { currentLocale } from '../i18n';
import { useDocumentTitle } from '../shared/document-title';
import { formatDate } from '../shared/format';
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
  const locale = currentLocale();
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
            <div className="table-scroll">
              <table className="data-table coaching-table" data-testid="coaching-session-table">
                <thead>
                  <tr>
                    <th scope="col">{t('coaching.list.date')}</th>
                    <th scope="col">{t('coaching.list.kind')}</th>
                    <th scope="col">{t('coaching.list.topic')}</th>
                    <th scope="col">{t('coaching.list.organizations')}</th>
                    <th scope="col">{t('coaching.list.staff')}</th>
                    <th scope="col">{t('coaching.list.duration')}</th>
                    {mayEdit && (
                      <th scope="col">
                        <span className="visually-hidden">{t('coaching.edit.link')}</span>
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {items.map((session) => (
                    <tr key={session.id} data-testid="coaching-session-row">
                      <td>{formatDate(session.heldOn, locale)}</td>
                      <td>
                        {t(`coaching.kinds.${session.kind}`)}
                        {session.isOnline && ` · ${t('coaching.online')}`}
                      </td>
                      <td data-testid="coaching-session-topic">{session.topic}</td>
                      <td>
                        {session.organizations.length > 3
                          ? t('coaching.list.organizationsCount', { count: session.organizations.length })
                          : session.organizations.map((o) => (
                              <Link key={o.id} to={`/organizations/${o.id}`}>
                                {o.name}{' '}
                              </Link>
                            ))}
                      </td>
                      <td>{session.staff.map((s) => s.name).join('、')}</td>
                      <td className="number">{t('coaching.hours', { hours: hoursOf(session.durationMinutes) })}</td>
                      {mayEdit && (
                        <td>
                          <Link
                            to={`/coaching/sessions/${session.id}/edit`}
                            aria-label={t('coaching.edit.linkFor', { topic: session.topic })}
                            data-testid="coaching-edit-session"
                          >
                            {t('coaching.edit.link')}
                          </Link>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </ResourceView>
    </article>
  );
}
