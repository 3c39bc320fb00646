import { type ChatGroupFigures, type ChatOrganizationFigures, can } from '@seedbed/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { DataTable } from '../shared/data-table';
import { formatDate } from '../shared/format';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { ChatQuestions } from './chat-questions';
import { HintList } from './hint-list';
import { type ChatPeriod, defaultChatPeriod, PeriodFilter } from './period-filter';
import './chat.css';

/**
 * The organization page's 群聊 section (issue 19): its groups with their layer and indicators over the
 * period chosen (近3个月 by default; counts, no people) and the size last counted by hand, a link to
 * each group's page for those who may read it, and 添加一个群 for staff — the page's one list of its
 * groups (the registry's list is for those who may not read this); coaching hints across the groups
 * in plain Chinese (近两个月核心群之外几乎没有讨论) and staff's questions for the same period.
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
  const [period, setPeriod] = useState<ChatPeriod>(() => defaultChatPeriod());
  const { resource } = useResource<ChatOrganizationFigures>(
    `/api/organizations/${organizationId}/chat-figures?from=${period.from}&to=${period.to}`,
  );
  // Another period keeps the last figures on screen until its own arrive, rather than blinking out.
  const lastShown = useRef<ChatOrganizationFigures | null>(null);
  if (resource.status === 'ready') lastShown.current = resource.data;
  const figures = lastShown.current;
  if (!figures) return null;
  const percent = (value: number) => `${Math.round(value * 100)}%`;
  // a group without an agreement has no figures, not figures of zero
  const analysed = (g: ChatGroupFigures, figure: string | number) => (g.analysed ? figure : t('common.empty'));
  return (
    <section
      className="card"
      aria-labelledby="chat-section-title"
      aria-busy={resource.status === 'loading'}
      data-testid="organization-chat-section"
      data-period={`${figures.period.from}/${figures.period.to}`}
    >
      <h2 id="chat-section-title">{t('chat.section.title')}</h2>
      <PeriodFilter value={period} onChange={setPeriod} isWindowShown={false} />
      {figures.groups.length === 0 ? (
        <p className="muted">{t('chat.section.empty')}</p>
      ) : (
        <DataTable
          rows={figures.groups}
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
      {figures.hints.length > 0 && <HintList hints={figures.hints} testId="organization-chat-hints" />}
      <ChatQuestions organizationId={organizationId} period={period} />
      {mayAdd && (
        <Link className="button button--secondary" to={`/chat-groups/new?organizationId=${organizationId}`}>
          {t('chat.section.add')}
        </Link>
      )}
    </section>
  );
}
