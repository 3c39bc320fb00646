import type { TrainingApplication, TrainingCohort } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { formatDate } from '../shared/format';
import { useWrite } from '../shared/use-write';

/** 毕业: one button graduates everyone the cohort's attendance rule lets through; then the lists. */
export function GraduationSection({
  cohort,
  applications,
  mayManage,
  onChange,
}: {
  cohort: TrainingCohort;
  applications: readonly TrainingApplication[];
  mayManage: boolean;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const write = useWrite(onChange);
  const accepted = applications.filter((a) => a.status === 'accepted');
  const graduates = accepted.filter((a) => a.graduated);
  const notGraduated = accepted.filter((a) => !a.graduated);
  return (
    <section className="training-section" data-testid="training-graduation">
      <h2>{t('training.sections.graduation')}</h2>
      <p className="muted">
        {t('training.cohort.rule', { minimum: cohort.minimumSessionsAttended, planned: cohort.plannedSessions })}
      </p>
      {cohort.graduatedOn ? (
        <>
          <p data-testid="training-graduated-on">
            {t('training.graduation.done', { date: formatDate(cohort.graduatedOn, currentLocale()) })}
          </p>
          <h3>{t('training.graduation.graduates')}</h3>
          {graduates.length === 0 && <p className="muted">{t('training.graduation.none')}</p>}
          <ul data-testid="training-graduates">
            {graduates.map((a) => (
              <li key={a.id}>
                {a.person.name} · {t('training.application.attended', { count: a.sessionsAttended })}
              </li>
            ))}
          </ul>
          {notGraduated.length > 0 && (
            <>
              <h3>{t('training.graduation.notGraduated')}</h3>
              <ul data-testid="training-not-graduated">
                {notGraduated.map((a) => (
                  <li key={a.id}>
                    {a.person.name} · {t('training.application.attended', { count: a.sessionsAttended })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        mayManage && (
          <button
            type="button"
            className="button button--primary"
            disabled={write.busy}
            onClick={() => void write.run(() => api.post(`/api/training/cohorts/${cohort.id}/graduation`))}
            data-testid="training-graduate"
          >
            {t('training.graduation.graduate')}
          </button>
        )
      )}
      {write.error && <ErrorNotice message={write.error} />}
    </section>
  );
}
