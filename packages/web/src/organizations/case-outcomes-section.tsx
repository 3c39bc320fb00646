import { type CaseOutcome, can, caseOutcomeInputSchema, shanghaiDate } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { FoldedForm } from '../shared/folded-form';
import { formInput } from '../shared/form-input';
import { formatDate } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSchemaForm } from '../shared/use-schema-form';

/** 成效反馈表 entries about this organization, with the CSV export (for roles that may read them). */
export function CaseOutcomesSection({ organizationId }: { organizationId: string }) {
  const user = useUser();
  if (!can(user, 'case_outcome.read')) return null;
  return <CaseOutcomesList organizationId={organizationId} />;
}

function CaseOutcomesList({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const query = `organizationId=${encodeURIComponent(organizationId)}`;
  const { resource, reload } = useResource<{ items: CaseOutcome[] }>(`/api/case-outcomes?${query}`);
  return (
    <section className="card" data-testid="case-outcomes">
      <h2>{t('organizations.cases.title')}</h2>
      <a className="button" href={`/api/case-outcomes/export?${query}`} download data-testid="case-outcomes-export">
        {t('organizations.cases.export')}
      </a>
      <ResourceView resource={resource} onRetry={reload}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('organizations.none')}</p>
          ) : (
            <ul>
              {items.map((item) => (
                <li key={item.id} data-testid="case-outcome-row">
                  <div className="muted">{formatDate(item.recordedOn, currentLocale())}</div>
                  <div>
                    {t('organizations.cases.difficulty')}：{item.difficulty}
                  </div>
                  <div>
                    {t('organizations.cases.staffAction')}：{item.staffAction}
                  </div>
                  <div>
                    {t('organizations.cases.change')}：{item.change}
                  </div>
                  {item.background && (
                    <div className="muted">
                      {t('organizations.cases.background')}：{item.background}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
      {can(user, 'case_outcome.record') && <CaseOutcomeForm organizationId={organizationId} onDone={reload} />}
    </section>
  );
}

/** One row of the 成效反馈表 about this organization: difficulty, staff action, change, background. */
function CaseOutcomeForm({ organizationId, onDone }: { organizationId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    caseOutcomeInputSchema,
    { recordedOn: shanghaiDate(new Date()), difficulty: '', staffAction: '', change: '', background: '' },
    {
      toInput: (values) => ({ organizationId, ...formInput(values, caseOutcomeInputSchema) }),
      send: (data) => api.post('/api/case-outcomes', data),
      onSaved: onDone,
      afterSave: (values) => ({ ...values, difficulty: '', staffAction: '', change: '', background: '' }),
    },
  );
  return (
    <FoldedForm
      title={t('organizations.forms.caseOutcome.title')}
      testId="case-outcome-form"
      form={form}
      submitLabel={t('organizations.forms.submit')}
    >
      <TextField label={t('organizations.forms.caseOutcome.recordedOn')} type="date" {...form.field('recordedOn')} />
      <TextField
        label={t('organizations.cases.difficulty')}
        multiline
        {...form.field('difficulty')}
        testId="case-outcome-difficulty"
      />
      <TextField
        label={t('organizations.cases.staffAction')}
        multiline
        {...form.field('staffAction')}
        testId="case-outcome-action"
      />
      <TextField
        label={t('organizations.cases.change')}
        multiline
        {...form.field('change')}
        testId="case-outcome-change"
      />
      <TextField label={t('organizations.cases.background')} multiline {...form.field('background')} />
    </FoldedForm>
  );
}
