import { type ChatOrganizationCorroboration, can } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { heldFormPath } from '../activities';
import { currentLocale } from '../i18n';
import { formatDate } from '../shared/format';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';

/**
 * The questions for staff in the organization page's 群聊 section (issue 19 "Activity corroboration"):
 * "3 次计划活动当天群里无人说话，请核实", each planned date with 办了？补记: the 举办了 form of that date, for
 * when the leader says it was held (not the date's sign-in page, whose code is for a date to come). Staff only (`chat.manage`);
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
            {t('chat.panels.questions.item', {
              date: formatDate(question.date, currentLocale()),
              title: question.title,
            })}{' '}
            {question.plannedActivityId && (
              <Link
                to={heldFormPath({ organizationId, plannedActivityId: question.plannedActivityId, on: question.date })}
                data-testid="organization-chat-question-record"
              >
                {t('chat.panels.questions.record')}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
