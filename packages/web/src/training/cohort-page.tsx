import { can, type TrainingCohortDetail } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLocale } from '../i18n';
import { useDocumentTitle } from '../shared/document-title';
import { formatDate } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { ApplicationsSection } from './applications-section';
import { CommitteeSection } from './committee-section';
import { GraduationSection } from './graduation-section';
import { LinkedRoundsSection } from './linked-rounds-section';
import { SessionsSection } from './sessions-section';
import './training.css';

/**
 * One cohort: its rule and figures; for the incubator team its applications (interview,
 * commitment, decision), sessions with the roll call, class committee and graduation.
 */
export function TrainingCohortPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useUser();
  const { resource, reload } = useResource<TrainingCohortDetail>(`/api/training/cohorts/${id}`);
  const title =
    resource.status === 'ready' ? `${resource.data.cohort.programmeName} ${resource.data.cohort.name}` : null;
  useDocumentTitle(title ?? t('training.title'));
  return (
    <article className="page page--wide" data-testid="training-cohort-page">
      <ResourceView resource={resource} onRetry={reload}>
        {(detail) => {
          const { cohort } = detail;
          return (
            <>
              <header className="page-header">
                <h1>{title}</h1>
                <Link to="/training">{t('training.title')}</Link>
                {detail.applications && (
                  <a href={`/api/training/cohorts/${cohort.id}/roster.xlsx`} download data-testid="training-roster">
                    {t('training.roster')}
                  </a>
                )}
              </header>
              <p>
                {formatDate(cohort.startsOn, currentLocale())}
                {cohort.place && ` · ${cohort.place}`} ·{' '}
                {t('training.cohort.rule', {
                  minimum: cohort.minimumSessionsAttended,
                  planned: cohort.plannedSessions,
                })}
              </p>
              <p className="training-figures" data-testid="training-figures">
                {t('training.list.figures', cohort.figures)}
              </p>
              {detail.applications && (
                <ApplicationsSection
                  cohortId={cohort.id}
                  applications={detail.applications}
                  mayManage={can(user, 'training.manage') && !cohort.graduatedOn}
                  onChange={reload}
                />
              )}
              <SessionsSection
                detail={detail}
                mayManage={can(user, 'training.manage')}
                mayTick={can(user, 'training.attendance.record') && !cohort.graduatedOn}
                onChange={reload}
              />
              {detail.applications && detail.committee && (
                <CommitteeSection
                  cohortId={cohort.id}
                  applications={detail.applications}
                  committee={detail.committee}
                  mayManage={can(user, 'training.manage')}
                  onChange={reload}
                />
              )}
              {can(user, 'training.manage') && <LinkedRoundsSection cohort={cohort} onChange={reload} />}
              {detail.applications && (
                <GraduationSection
                  cohort={cohort}
                  applications={detail.applications}
                  mayManage={can(user, 'training.manage')}
                  onChange={reload}
                />
              )}
            </>
          );
        }}
      </ResourceView>
    </article>
  );
}
