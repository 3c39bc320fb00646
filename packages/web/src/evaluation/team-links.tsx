import { can } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUser } from '../shared/session';

/** On the team's own page: its evaluation sheets (leader, deputy) and its released results (the whole team). */
export function TeamEvaluationLinks({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const isOwnTeam = user.scopeKind === 'organization' && user.scopeId === organizationId;
  if (!isOwnTeam || !can(user, 'evaluation.team.read')) return null;
  return (
    <>
      {can(user, 'evaluation.team.write') && (
        <Link
          className="button button--secondary button--block"
          to="/evaluation/tasks"
          data-testid="team-evaluation-tasks"
        >
          {t('nav.evaluationTasks')}
        </Link>
      )}
      <Link
        className="button button--secondary button--block"
        to={`/organizations/${encodeURIComponent(organizationId)}/evaluation`}
        data-testid="team-evaluation-results"
      >
        {t('evaluation.result.link')}
      </Link>
    </>
  );
}
