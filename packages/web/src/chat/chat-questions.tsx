import { type ChatOrganizationCorroboration, can } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';

/**
 * The questions for staff in the organization page's 群聊 section (issue 19 "Activity corroboration"):
 * "3 次计划活动当天群里无人说话，请核实", each planned date linked to its page. Staff only (`chat.manage`);
 * nothing when there is no question, or while it loads or fails.
 */
export function ChatQuestions({
  organizationId,
  period,
}: {
  organizationId: string;
  period: { from: string; to: string };
}) {
  const user = useUser();
  if (!can(user, 'chat.manage')) return null;
  return <LoadedQuestions organizationId={organizationId} period={period} />;
}

function LoadedQuestions({ organizationId, period }: { organizationId: string; period: { from: string; to: string } }) {
  const { t } = useTranslation();
  const { resource } = useResource<ChatOrganizationCorroboration>(
    `/api/organizations/${organizationId}/chat-corroboration?from=${period.from}&to=${period.to}`,
  );
  if (resource.status !== 'ready') return null;
  const questions = resource.data.activities.filter((activity) => activity.questionForStaff);
  if (questions.length === 0) return null;
  return (
    <div className="chat-questions" data-testid="organization-chat-questions">
      <p>
        <strong>{t('chat.panels.questions.lead', { count: questions.length })}</strong>
      </p>
      <p className="muted">{t('chat.panels.questions.help')}</p>
      <ul>
        {questions.map((question) => (
          <li key={`${question.plannedActivityId}|${question.date}`}>
            <Link to={`/activities/planned/${question.plannedActivityId}/${question.date}`}>
              {t('chat.panels.questions.item', { date: question.date, title: question.title })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
