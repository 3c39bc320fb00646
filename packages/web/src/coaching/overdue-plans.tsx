import type { OverduePlan } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { DataTable } from '../shared/data-table';
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
            <DataTable
              className="coaching-table"
              testId="coaching-overdue-table"
              rows={items}
              rowKey={(plan) => plan.planId}
              rowTestId="coaching-overdue-row"
              columns={[
                {
                  label: t('coaching.overdue.organization'),
                  isRowHeader: true,
                  cell: (plan) => (
                    <>
                      <Link to={`/organizations/${plan.organizationId}`}>{plan.organizationName}</Link>
                      <div className="muted">{plan.streetName}</div>
                    </>
                  ),
                },
                { label: t('coaching.overdue.nextStep'), cell: (plan) => plan.nextStep ?? plan.goal },
                { label: t('coaching.overdue.due'), cell: (plan) => formatDate(plan.nextStepOn, locale) },
                {
                  label: t('coaching.overdue.days'),
                  isNumeric: true,
                  testId: 'coaching-overdue-days',
                  cell: (plan) => (
                    <span className="coaching-overdue">
                      {t('coaching.overdue.daysCount', { count: plan.daysOverdue })}
                    </span>
                  ),
                },
              ]}
            />
          )
        }
      </ResourceView>
    </section>
  );
}
