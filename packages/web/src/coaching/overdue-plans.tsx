import type { OverduePlan } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { formatDate } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import './coaching.css';

/**
 * The incubator team's follow-up list: active cultivation plans whose next step is past its date,
 * across the organizations the caller sees (or one street's, `streetId`), most overdue first
 * (GET /api/coaching/overdue-plans).
 */
export function OverduePlans({ streetId }: { streetId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const query = streetId ? `?${new URLSearchParams({ streetId })}` : '';
  const { resource, reload } = useResource<{ today: string; items: OverduePlan[] }>(
    `/api/coaching/overdue-plans${query}`,
  );
  return (
    <section className="card" id="overdue-plans" data-testid="coaching-overdue-plans">
      <h2>{t('coaching.overdue.title')}</h2>
      <p className="muted">{t('coaching.overdue.intro')}</p>
      <ResourceView resource={resource} onRetry={reload}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted" data-testid="coaching-overdue-empty">
              {t('coaching.overdue.empty')}
            </p>
          ) : (
            <div className="table-scroll">
              <table className="data-table coaching-table" data-testid="coaching-overdue-table">
                <thead>
                  <tr>
                    <th scope="col">{t('coaching.overdue.organization')}</th>
                    <th scope="col">{t('coaching.overdue.nextStep')}</th>
                    <th scope="col">{t('coaching.overdue.due')}</th>
                    <th scope="col">{t('coaching.overdue.days')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((plan) => (
                    <tr key={plan.planId} data-testid="coaching-overdue-row">
                      <th scope="row">
                        <Link to={`/organizations/${plan.organizationId}`}>{plan.organizationName}</Link>
                        <div className="muted">{plan.streetName}</div>
                      </th>
                      <td>{plan.nextStep ?? plan.goal}</td>
                      <td>{formatDate(plan.nextStepOn, locale)}</td>
                      <td className="number coaching-overdue" data-testid="coaching-overdue-days">
                        {t('coaching.overdue.daysCount', { count: plan.daysOverdue })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </ResourceView>
    </section>
  );
}
