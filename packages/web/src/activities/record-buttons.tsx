import { can } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUser } from '../shared/session';

/** 记录活动 (big) and 发布预告, for those who record and plan for the team. */
export function RecordButtons({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const user = useUser();
  if (!can(user, 'activity.record')) return null;
  const id = encodeURIComponent(organizationId);
  return (
    <div className="activities-section__actions">
      <Link
        className="button button--primary button--block button--big"
        to={`/activities/new?organizationId=${id}`}
        data-testid="record-activity"
      >
        {t('activities.record')}
      </Link>
      {can(user, 'activity.plan') && (
        <Link
          className="button button--secondary"
          to={`/activities/plan?organizationId=${id}`}
          data-testid="plan-activity"
        >
          {t('activities.section.addPlan')}
        </Link>
      )}
    </div>
  );
}
