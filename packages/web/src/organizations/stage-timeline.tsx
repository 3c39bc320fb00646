import { type Stage, type StageOverview, shanghaiDate } from '@seedbed/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { api, asApiError } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { formatDate } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';

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
      <h2 id="stage-title">{t('registry.stages.title')}</h2>
      <p className="muted">{t('registry.stages.model', { model: t(`stageModel.${overview.stageModel}`) })}</p>
      <p>
        {t('registry.stages.current')}：
        <strong data-testid="current-stage">
          {overview.currentStage ? t(`stage.${overview.currentStage}`) : t('organization.unassessed')}
        </strong>
      </p>
      <p data-testid="next-stage-empowerment">
        {overview.nextStage ? (
          <>
            <strong>{t('registry.stages.nextTitle', { stage: t(`stage.${overview.nextStage}`) })}</strong>
            <br />
            {t(`registry.empowerment.${overview.nextStage}`)}
          </>
        ) : (
          t('registry.stages.topReached')
        )}
      </p>
      <h3>{t('registry.stages.timeline')}</h3>
      {overview.assessments.length === 0 ? (
        <p className="muted">{t('registry.stages.noAssessments')}</p>
      ) : (
        <ol className="timeline" data-testid="stage-timeline">
          {overview.assessments.map((a) => {
            const move = direction(a.stage, a.previousStage);
            return (
              <li key={a.id} className="timeline__entry" data-testid="stage-timeline-entry">
                <strong>{t(`stage.${a.stage}`)}</strong>
                {a.stageModel !== overview.stageModel && (
                  <span className="muted" data-testid="stage-timeline-model">
                    {t('registry.stageModelOf', { model: t(`stageModel.${a.stageModel}`) })}
                  </span>
                )}
                {move && <span className={`tag tag--${move}`}> {t(`registry.stages.${move}`)}</span>}
                <div className="muted">
                  {t('registry.stages.assessedBy', {
                    date: formatDate(a.assessedOn, locale),
                    name: a.assessorName,
                  })}
                </div>
                {a.evidence.length > 0 && (
                  <div>
                    {t('registry.stages.evidence')}：{a.evidence.join('；')}
                  </div>
                )}
                {a.criteria.filter((c) => c.met).length > 0 && (
                  <ul>
                    {a.criteria
                      .filter((c) => c.met)
                      .map((c) => (
                        <li key={c.criterionId}>
                          {t(`registry.criterion.${c.criterionId}`, { defaultValue: c.criterionId })}
                          {c.evidence ? `：${c.evidence}` : ''}
                        </li>
                      ))}
                  </ul>
                )}
                {a.advice && (
                  <div>
                    {t('registry.stages.advice')}：{a.advice}
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <details>
        <summary>{t('registry.stages.criteriaTitle')}</summary>
        {overview.stages.map((s) => (
          <div key={s.stage}>
            <h4>{t(`stage.${s.stage}`)}</h4>
            <ul>
              {s.criteria.map((c) => (
                <li key={c.id} data-testid={`criterion-${c.id}`}>
                  {t(`registry.criterion.${c.id}`, { defaultValue: c.id })} —{' '}
                  <span className={`tag tag--${c.status}`}>{t(`registry.stages.status.${c.status}`)}</span>
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
  const [stage, setStage] = useState<Stage>(overview.nextStage ?? overview.stages[0]?.stage ?? 'seed');
  const [assessedOn, setAssessedOn] = useState(shanghaiDate(new Date()));
  const [met, setMet] = useState<Record<string, string | undefined>>({});
  const [evidence, setEvidence] = useState('');
  const [advice, setAdvice] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const definition = overview.stages.find((s) => s.stage === stage);
  const checks = definition?.criteria.filter((c) => c.status === 'staff_check') ?? [];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    setSubmitting(true);
    try {
      await api.post(`/api/organizations/${organizationId}/assessments`, {
        assessedOn,
        stage,
        criteria: Object.entries(met)
          .filter(([id]) => checks.some((c) => c.id === id))
          .map(([criterionId, note]) => ({ criterionId, met: true, ...(note?.trim() && { evidence: note.trim() }) })),
        evidence: evidence
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
        ...(advice.trim() && { advice: advice.trim() }),
      });
      setMet({});
      setEvidence('');
      setAdvice('');
      onAssessed();
    } catch (error) {
      setFailure(asApiError(error).message);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form className="form" data-testid="assess-form" noValidate onSubmit={submit}>
      <h3>{t('registry.assess.title')}</h3>
      <div className="field">
        <label htmlFor="assess-stage">{t('registry.assess.stage')}</label>
        <select
          id="assess-stage"
          data-testid="assess-stage"
          value={stage}
          onChange={(e) => {
            setStage(e.target.value as Stage);
            setMet({});
          }}
        >
          {overview.stages.map((s) => (
            <option key={s.stage} value={s.stage}>
              {t(`stage.${s.stage}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField label={t('registry.assess.date')} type="date" value={assessedOn} onChange={setAssessedOn} />
      {checks.length > 0 && (
        <fieldset>
          <legend>{t('registry.assess.criteria')}</legend>
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
                {t(`registry.criterion.${c.id}`, { defaultValue: c.id })}
              </label>
              {met[c.id] !== undefined && (
                <TextField
                  label={t('registry.assess.criterionEvidence')}
                  value={met[c.id] ?? ''}
                  onChange={(value) => setMet((current) => ({ ...current, [c.id]: value }))}
                />
              )}
            </div>
          ))}
        </fieldset>
      )}
      <TextField
        label={t('registry.assess.evidence')}
        multiline
        value={evidence}
        onChange={setEvidence}
        testId="assess-evidence"
      />
      <TextField label={t('registry.assess.advice')} multiline value={advice} onChange={setAdvice} />
      {failure && <ErrorNotice message={failure} />}
      <div className="form__actions">
        <button type="submit" className="button button--primary" data-testid="assess-submit" disabled={isSubmitting}>
          {isSubmitting ? t('registry.saving') : t('registry.assess.submit')}
        </button>
      </div>
    </form>
  );
}
