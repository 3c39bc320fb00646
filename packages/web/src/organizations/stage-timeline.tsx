import { assessmentInputSchema, type Stage, type StageOverview, shanghaiDate } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { formatDate } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSchemaForm } from '../shared/use-schema-form';

/**
 * The growth stage on the organization page: the timeline of assessments (up and down), the
 * criteria of each stage against the records, the empowerment that fits the next stage, and — for
 * staff — the assessment form. Phone-first: one column, big targets.
 */
export function StageSection({ organizationId, onAssessed }: { organizationId: string; onAssessed: () => void }) {
  const { resource, reload } = useResource<StageOverview>(`/api/organizations/${organizationId}/stages`);
  return (
    <ResourceView resource={resource} onRetry={reload}>
      {(overview) => (
        <StageView
          overview={overview}
          organizationId={organizationId}
          onAssessed={() => {
            reload();
            onAssessed();
          }}
        />
      )}
    </ResourceView>
  );
}

function StageView({
  overview,
  organizationId,
  onAssessed,
}: {
  overview: StageOverview;
  organizationId: string;
  onAssessed: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const order = overview.stages.map((s) => s.stage);
  const direction = (stage: Stage, previous: Stage | null) => {
    if (previous === null) return null;
    const delta = order.indexOf(stage) - order.indexOf(previous);
    return delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
  };
  return (
    <section className="card" aria-labelledby="stage-title" data-testid="stage-section">
      <h2 id="stage-title">{t('organizations.stages.title')}</h2>
      <p className="muted">{t('organizations.stages.model', { model: t(`stageModel.${overview.stageModel}`) })}</p>
      <p>
        {t('organizations.stages.current')}：
        <strong data-testid="current-stage">
          {overview.currentStage ? t(`stage.${overview.currentStage}`) : t('organization.unassessed')}
        </strong>
      </p>
      <p data-testid="next-stage-empowerment">
        {overview.nextStage ? (
          <>
            <strong>{t('organizations.stages.nextTitle', { stage: t(`stage.${overview.nextStage}`) })}</strong>
            <br />
            {t(`organizations.empowerment.${overview.nextStage}`)}
          </>
        ) : (
          t('organizations.stages.topReached')
        )}
      </p>
      <h3>{t('organizations.stages.timeline')}</h3>
      {overview.assessments.length === 0 ? (
        <p className="muted">{t('organizations.stages.noAssessments')}</p>
      ) : (
        <ol className="timeline" data-testid="stage-timeline">
          {overview.assessments.map((a) => {
            const move = direction(a.stage, a.previousStage);
            return (
              <li key={a.id} className="timeline__entry" data-testid="stage-timeline-entry">
                <strong>{t(`stage.${a.stage}`)}</strong>
                {a.stageModel !== overview.stageModel && (
                  <span className="muted" data-testid="stage-timeline-model">
                    {t('organizations.stageModelOf', { model: t(`stageModel.${a.stageModel}`) })}
                  </span>
                )}
                {move && <span className={`tag tag--${move}`}> {t(`organizations.stages.${move}`)}</span>}
                <div className="muted">
                  {t('organizations.stages.assessedBy', {
                    date: formatDate(a.assessedOn, locale),
                    name: a.assessorName,
                  })}
                </div>
                {a.evidence.length > 0 && (
                  <div>
                    {t('organizations.stages.evidence')}：{a.evidence.join('；')}
                  </div>
                )}
                {a.criteria.filter((c) => c.met).length > 0 && (
                  <ul>
                    {a.criteria
                      .filter((c) => c.met)
                      .map((c) => (
                        <li key={c.criterionId}>
                          {t(`organizations.criterion.${c.criterionId}`, { defaultValue: c.criterionId })}
                          {c.evidence ? `：${c.evidence}` : ''}
                        </li>
                      ))}
                  </ul>
                )}
                {a.advice && (
                  <div>
                    {t('organizations.stages.advice')}：{a.advice}
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <details>
        <summary>{t('organizations.stages.criteriaTitle')}</summary>
        {overview.stages.map((s) => (
          <div key={s.stage}>
            <h4>{t(`stage.${s.stage}`)}</h4>
            <ul>
              {s.criteria.map((c) => (
                <li key={c.id} data-testid={`criterion-${c.id}`}>
                  {t(`organizations.criterion.${c.id}`, { defaultValue: c.id })} —{' '}
                  <span className={`tag tag--${c.status}`}>{t(`organizations.stages.status.${c.status}`)}</span>
                  {c.value !== null && typeof c.value === 'number' ? `（${c.value}）` : ''}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </details>
      {overview.canAssess && <AssessForm overview={overview} organizationId={organizationId} onAssessed={onAssessed} />}
    </section>
  );
}

function AssessForm({
  overview,
  organizationId,
  onAssessed,
}: {
  overview: StageOverview;
  organizationId: string;
  onAssessed: () => void;
}) {
  const { t } = useTranslation();
  /** The criteria of a stage that staff tick themselves (the others are read from the records). */
  const checksOf = (stage: Stage) =>
    overview.stages.find((s) => s.stage === stage)?.criteria.filter((c) => c.status === 'staff_check') ?? [];
  const form = useSchemaForm(
    assessmentInputSchema,
    {
      stage: overview.nextStage ?? overview.stages[0]?.stage ?? ('seed' as Stage),
      assessedOn: shanghaiDate(new Date()),
      /** Criteria staff ticked as met, each with its evidence as typed. */
      met: {} as Record<string, string | undefined>,
      evidence: '',
      advice: '',
    },
    {
      toInput: ({ stage, assessedOn, met, evidence, advice }) => ({
        assessedOn,
        stage,
        criteria: Object.entries(met)
          .filter(([id]) => checksOf(stage).some((c) => c.id === id))
          .map(([criterionId, note]) => ({ criterionId, met: true, ...(note?.trim() && { evidence: note.trim() }) })),
        evidence: evidence
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
        ...(advice.trim() && { advice: advice.trim() }),
      }),
      send: (data) => api.post(`/api/organizations/${organizationId}/assessments`, data),
      onSaved: onAssessed,
      afterSave: (values) => ({ ...values, met: {}, evidence: '', advice: '' }),
    },
  );
  const { stage, met } = form.values;
  const setMet = (change: (current: typeof met) => typeof met) => form.set('met', change(met));
  const checks = checksOf(stage);

  return (
    <form className="form" data-testid="assess-form" noValidate onSubmit={form.onSubmit}>
      <h3>{t('organizations.assess.title')}</h3>
      <SelectField
        label={t('organizations.assess.stage')}
        {...form.field('stage')}
        onChange={(next) => form.setValues((now) => ({ ...now, stage: next, met: {} }))}
        options={overview.stages.map((s) => ({ value: s.stage, label: t(`stage.${s.stage}`) }))}
        testId="assess-stage"
      />
      <TextField label={t('organizations.assess.date')} type="date" {...form.field('assessedOn')} />
      {checks.length > 0 && (
        <fieldset>
          <legend>{t('organizations.assess.criteria')}</legend>
          {checks.map((c) => (
            <div key={c.id} className="field">
              <label>
                <input
                  type="checkbox"
                  data-testid={`assess-criterion-${c.id}`}
                  checked={met[c.id] !== undefined}
                  onChange={(e) =>
                    setMet((current) => {
                      const next = { ...current };
                      if (e.target.checked) next[c.id] = '';
                      else delete next[c.id];
                      return next;
                    })
                  }
                />{' '}
                {t(`organizations.criterion.${c.id}`, { defaultValue: c.id })}
              </label>
              {met[c.id] !== undefined && (
                <TextField
                  label={t('organizations.assess.criterionEvidence')}
                  value={met[c.id] ?? ''}
                  onChange={(value) => setMet((current) => ({ ...current, [c.id]: value }))}
                />
              )}
            </div>
          ))}
        </fieldset>
      )}
      <TextField
        label={t('organizations.assess.evidence')}
        multiline
        {...form.field('evidence')}
        testId="assess-evidence"
      />
      <TextField label={t('organizations.assess.advice')} multiline {...form.field('advice')} />
      <FormFooter state={form} label={t('organizations.assess.submit')} testId="assess-submit" />
    </form>
  );
}
