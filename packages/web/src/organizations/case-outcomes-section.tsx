import { type CaseOutcome, can } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { formatDate } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';

/** 成效反馈表 entries about this organization, with the CSV export (for roles that may read them). */
export function CaseOutcomesSection({ organizationId }: { organizationId: string }) {
  const user = useUser();
  if (!can(user.role, 'case_outcome.read')) return null;
  return <CaseOutcomesList organizationId={organizationId} />;
}

function CaseOutcomesList({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const query = `organizationId=${encodeURIComponent(organizationId)}`;
  const { resource, reload } = useResource<{ items: CaseOutcome[] }>(`/api/case-outcomes?${query}`);
  return (
    <section className="card" data-testid="case-outcomes">
      <h2>{t('registry.cases.title')}</h2>
      <a className="button" href={`/api/case-outcomes/export?${query}`} download data-testid="case-outcomes-export">
        {t('registry.cases.export')}
      </a>
      <ResourceView resource={resource} onRetry={reload}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('registry.none')}</p>
          ) : (
            <ul>
              {items.map((item) => (
                <li key={item.id} data-testid="case-outcome-row">
                  <div className="muted">{formatDate(item.recordedOn, currentLocale())}</div>
                  <div>
                    {t('registry.cases.difficulty')}：{item.difficulty}
                  </div>
                  <div>
                    {t('registry.cases.staffAction')}：{item.staffAction}
                  </div>
                  <div>
                    {t('registry.cases.change')}：{item.change}
                  </div>
                  {item.background && (
                    <div className="muted">
                      {t('registry.cases.background')}：{item.background}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
    </section>
  );
}
