import type { PersonVolunteerHours } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../shared/document-title';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import { HoursList, HoursTotalsView } from './hours-list';
import { CertificateList } from './person-volunteer-hours';
import './volunteering.css';

/** /me/volunteer-hours: "我的志愿服务记录" — a volunteer sees and checks their own record (民政部令第67号). */
export function MyHoursPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('volunteering.mine.title'));
  const { resource, reload } = useResource<PersonVolunteerHours>('/api/me/volunteer-hours');
  return (
    <article className="page page--narrow" data-testid="my-volunteer-hours">
      <header className="page-header">
        <h1>{t('volunteering.mine.title')}</h1>
      </header>
      <ResourceView resource={resource} onRetry={reload}>
        {(record) =>
          record.personId === null ? (
            <p className="notice">{t('volunteering.mine.noPerson')}</p>
          ) : (
            <>
              <p className="muted">{record.personName}</p>
              <HoursTotalsView totals={record.totals} />
              <section className="card">
                <HoursList items={record.items} canConfirm={false} show="person" onChanged={reload} />
                <p className="muted">{t('volunteering.mine.check')}</p>
              </section>
              <section className="card">
                <h2>{t('volunteering.person.certificates')}</h2>
                <CertificateList certificates={record.certificates} />
              </section>
            </>
          )
        }
      </ResourceView>
    </article>
  );
}
