import { can, type SheetTask } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../shared/document-title';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import './evaluation.css';

/**
 * What the caller is to score: for a team (its leader, its deputy) its self sheet and its peers, on
 * a phone, one big row each; for an expert the organizations of their campaigns.
 */
export function TasksPage() {
  const { t } = useTranslation();
  const user = useUser();
  useDocumentTitle(t('evaluation.tasks.title'));
  const path = can(user, 'evaluation.expert.write') ? '/api/evaluation-tasks/expert' : '/api/evaluation-tasks/team';
  const { resource, reload } = useResource<SheetTask[]>(path);
  return (
    <article className="page page--narrow" data-testid="evaluation-tasks-page">
      <header className="page-header">
        <h1>{t('evaluation.tasks.title')}</h1>
      </header>
      <ResourceView resource={resource} onRetry={reload}>
        {(tasks) =>
          tasks.length === 0 ? <p className="muted">{t('evaluation.tasks.empty')}</p> : <TaskList tasks={tasks} />
        }
      </ResourceView>
    </article>
  );
}

function TaskList({ tasks }: { tasks: SheetTask[] }) {
  const { t } = useTranslation();
  const campaigns = [...new Map(tasks.map((task) => [task.campaignId, task.campaignName])).entries()];
  return (
    <>
      {campaigns.map(([campaignId, campaignName]) => (
        <section key={campaignId}>
          <h2>{campaignName}</h2>
          <ul className="evaluation-tasks">
            {tasks
              .filter((task) => task.campaignId === campaignId)
              .map((task) => (
                <li key={`${task.dimension}-${task.organizationId}`}>
                  <Link
                    to={`/evaluation/${task.campaignId}/sheet?dimension=${task.dimension}&organizationId=${task.organizationId}`}
                    data-testid={`evaluation-task-${task.dimension}`}
                  >
                    {task.dimension === 'self'
                      ? t('evaluation.tasks.self')
                      : t(`evaluation.tasks.${task.dimension === 'peer' ? 'peer' : 'expert'}`, {
                          name: task.organizationName,
                        })}
                    <br />
                    <span className="muted">
                      {task.campaignStatus !== 'open'
                        ? t('evaluation.tasks.closed')
                        : task.sheet
                          ? t('evaluation.tasks.done')
                          : t('evaluation.tasks.todo')}
                    </span>
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
