import { type ChatGroupFigures, type ChatOrganizationFigures, can } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { DataTable } from '../shared/data-table';
import { formatDate } from '../shared/format';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { ChatQuestions } from './chat-questions';
import { HintList } from './hint-list';
import { defaultChatPeriod } from './period-filter';

/**
 * The organization page's 群聊 section (issue 19): its groups with their layer and indicators over the
 * last three months (counts, no people) and the size last counted by hand, a link to each group's page
 * for those who may read it, and 添加一个群 for staff — the page's one list of its groups (the
 * registry's list is for those who may not read this); coaching hints across the groups in plain Chinese (近两个月核心群之外几乎没有讨论).
 */
export function OrganizationChatSection({ organizationId }: { organizationId: string }) {
  const user = useUser();
  if (!can(user, 'chat.figures.read')) return null;
  return (
    <ChatFigures organizationId={organizationId} mayOpen={can(user, 'chat.read')} mayAdd={can(user, 'chat.manage')} />
  );
}

function ChatFigures({
  organizationId,
  mayOpen,
  mayAdd,
}: {
  organizationId: string;
  mayOpen: boolean;
  mayAdd: boolean;
}) {
  const { t } = useTranslation();
  const period = defaultChatPeriod();
  const { resource } = useResource<ChatOrganizationFigures>(
    `/api/organizations/${organizationId}/chat-figures?from=${period.from}&to=${period.to}`,
  );
  if (resource.status !== 'ready') return null;
  const percent = (value: number) => `${Math.round(value * 100)}%`;
  // a group without an agreement has no figures, not figures of zero
  const analysed = (g: ChatGroupFigures, figure: string | number) => (g.analysed ? figure : t('common.empty'));
  return (
    <section className="card" aria-labelledby="chat-section-title" data-testid="organization-chat-section">
      <h2 id="chat-section-title">{t('chat.section.title')}</h2>
      {resource.data.groups.length === 0 ? (
        <p className="muted">{t('chat.section.empty')}</p>
      ) : (
        <DataTable
          rows={resource.data.groups}
          rowKey={(g) => g.id}
          rowTestId="organization-chat-group"
          columns={[
            {
              label: t('chat.column.group'),
              cell: (g) => (mayOpen ? <Link to={`/chat-groups/${g.id}`}>{g.name}</Link> : g.name),
              isRowHeader: true,
            },
            { label: t('chat.column.layer'), cell: (g) => t(`chat.layer.${g.layer as 'general'}`) },
            {
              label: t('chat.column.messages'),
              cell: (g) => (g.analysed ? g.messages : t('chat.section.notAnalysed')),
            },
            {
              label: t('chat.column.speakers'),
              cell: (g) => analysed(g, `${g.speakers}/${g.members}`),
              isNumeric: true,
            },
            { label: t('chat.column.density'), cell: (g) => analysed(g, percent(g.density)), isNumeric: true },
            { label: t('chat.column.flaggedMembers'), cell: (g) => analysed(g, g.flaggedMembers), isNumeric: true },
            {
              label: t('chat.column.headcount'),
              cell: (g) =>
                g.headcount
                  ? t('chat.section.headcountOn', {
                      count: g.headcount.memberCount,
                      date: formatDate(g.headcount.countedOn, currentLocale()),
                    })
                  : t('common.empty'),
            },
          ]}
        />
      )}
      {resource.data.hints.length > 0 && <HintList hints={resource.data.hints} testId="organization-chat-hints" />}
      <ChatQuestions organizationId={organizationId} period={period} />
      {mayAdd && (
        <Link className="button button--secondary" to={`/chat-groups/new?organizationId=${organizationId}`}>
          {t('chat.section.add')}
        </Link>
      )}
    </section>
  );
}
