import { type ChatSender, type ChatSenderSuggestion, type ChatTrailGroup, can } from '@seedbed/core';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../shared/api';
import { DataTable } from '../shared/data-table';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { formatDateTime } from '../shared/format';
import { PagedList, pageOf, useListPaging } from '../shared/paged-list';
import { ResourceView } from '../shared/resource-view';
import { SelectField } from '../shared/select-field';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { useWrite } from '../shared/use-write';
import { ChatRosterUpload, MatchReasonText } from './roster-upload';
import { inFirstShownOrder } from './sender-order';
import './chat.css';
import './forms.css';

interface SenderList {
  senders: ChatSender[];
  namesShown: boolean;
}

const filters = ['all', 'unmatched', 'matched', 'staff'] as const;
type SenderFilter = (typeof filters)[number];

const shows: Record<SenderFilter, (sender: ChatSender) => boolean> = {
  all: () => true,
  unmatched: (sender) => !sender.isMatched && !sender.isStaff,
  matched: (sender) => sender.isMatched,
  staff: (sender) => sender.isStaff,
};

/**
 * A group's senders (issue 19 "Senders are matched to people and members… confirmed by staff"):
 * pseudonym, counts and days; the export's name and the matched person only for roles that may read
 * residents' names. Staff confirm a suggested person in one tap, undo a match, or mark a sender as staff.
 * Unmatched senders come first, busiest first; a sender just matched stays in its place (sender-order.ts).
 */
export function ChatSendersPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  useDocumentTitle(t('chatGroups.links.senders'));
  const group = useResource<ChatTrailGroup>(`/api/chat-groups/${id}`);
  const senders = useResource<SenderList>(`/api/chat-groups/${id}/senders`);
  const user = useUser();
  return (
    <article className="page chat-form" data-testid="chat-senders-page">
      <ResourceView resource={group.resource} onRetry={group.reload}>
        {(found) => (
          <>
            <header className="page-header">
              <h1>{t('chatGroups.senders.title', { name: found.name })}</h1>
              <p className="muted">{t('chatGroups.senders.intro')}</p>
              <nav className="chat-links">
                {found.agreement && <Link to={`/chat-groups/${id}`}>{t('chatGroups.links.group')}</Link>}
              </nav>
            </header>
            <ResourceView resource={senders.resource} onRetry={senders.reload}>
              {(list) => <SenderTable groupId={id} list={list} onChange={senders.replace} />}
            </ResourceView>
            {found.agreement && can(user, 'chat.manage') && (
              <ChatRosterUpload groupId={id} onUploaded={senders.reload} />
            )}
          </>
        )}
      </ResourceView>
    </article>
  );
}

function SenderTable({
  groupId,
  list,
  onChange,
}: {
  groupId: string;
  list: SenderList;
  onChange: (list: SenderList) => void;
}) {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const mayManage = can(user, 'chat.manage');
  const [filter, setFilter] = useState<SenderFilter>('all');
  // A group of hundreds is hundreds of cards on a phone: a search and pages (shared/paged-list.tsx).
  const paging = useListPaging();
  const positions = useRef(new Map<string, number>());
  const locale = i18n.language as 'zh-CN';
  if (list.senders.length === 0) return <p className="muted">{t('chatGroups.senders.empty')}</p>;
  const sorted = inFirstShownOrder(list.senders, positions.current).filter(shows[filter]);
  const { page: rows, total } = pageOf(sorted, paging, (sender) =>
    [t('chat.groupPage.member', { letter: sender.pseudonym }), sender.displayName, sender.person?.name].join(' '),
  );
  return (
    <>
      {!list.namesShown && (
        <p className="notice" data-testid="chat-senders-pseudonyms">
          {t('chatGroups.senders.pseudonymsOnly')}
        </p>
      )}
      <div className="chat-filter">
        <SelectField
          label={t('chatGroups.senders.filter')}
          value={filter}
          onChange={(next) => {
            setFilter(next);
            paging.setOffset(0);
          }}
          options={filters.map((value) => ({
            value,
            label: t(
              `chatGroups.senders.filter${value[0]!.toUpperCase()}${value.slice(1)}` as 'chatGroups.senders.filterAll',
            ),
          }))}
          testId="chat-senders-filter"
        />
      </div>
      <PagedList
        paging={paging}
        total={total}
        searchLabel={t(list.namesShown ? 'chatGroups.senders.searchNames' : 'chatGroups.senders.search')}
        totalLabel={(count) => t('chatGroups.senders.total', { count })}
        testId="chat-senders-list"
      >
        {mayManage ? (
          <Matching groupId={groupId} rows={rows} list={list} onChange={onChange} locale={locale} />
        ) : (
          <Table rows={rows} list={list} locale={locale} />
        )}
      </PagedList>
    </>
  );
}

function Matching({
  groupId,
  rows,
  list,
  onChange,
  locale,
}: {
  groupId: string;
  rows: ChatSender[];
  list: SenderList;
  onChange: (list: SenderList) => void;
  locale: 'zh-CN';
}) {
  const suggestions = useResource<{ suggestions: ChatSenderSuggestion[] }>(
    `/api/chat-groups/${groupId}/sender-suggestions`,
  );
  const write = useWrite(suggestions.refresh);
  const change = (senderId: string, body: { personId?: string | null; isStaff?: boolean }) =>
    write.run(async () => onChange(await api.patch<SenderList>(`/api/chat-senders/${senderId}`, body)));
  const candidatesOf = (senderId: string) =>
    suggestions.resource.status === 'ready'
      ? (suggestions.resource.data.suggestions.find((s) => s.senderId === senderId)?.candidates ?? [])
      : [];
  return (
    <>
      {write.error && <ErrorNotice message={write.error} />}
      <Table
        rows={rows}
        list={list}
        locale={locale}
        actions={(sender) => (
          <SenderActions sender={sender} candidates={candidatesOf(sender.id)} busy={write.busy} change={change} />
        )}
      />
    </>
  );
}

function SenderActions({
  sender,
  candidates,
  busy,
  change,
}: {
  sender: ChatSender;
  candidates: ChatSenderSuggestion['candidates'];
  busy: boolean;
  change: (senderId: string, body: { personId?: string | null; isStaff?: boolean }) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="chat-row-actions">
      {!sender.isMatched &&
        !sender.isStaff &&
        candidates.slice(0, 3).map((candidate) => (
          <button
            key={candidate.personId}
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => change(sender.id, { personId: candidate.personId })}
            data-testid="chat-sender-confirm"
          >
            {t('chatGroups.senders.suggestion', { name: candidate.name })}
            {candidate.isMember && t('chatGroups.senders.member')}
            <small className="chat-match-reason">
              <MatchReasonText reason={candidate.closeness} name={candidate.matchedName} />
            </small>
          </button>
        ))}
      {!sender.isMatched && !sender.isStaff && candidates.length === 0 && (
        <span className="muted">{t('chatGroups.senders.noSuggestion')}</span>
      )}
      {sender.isMatched && (
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => change(sender.id, { personId: null })}
          data-testid="chat-sender-undo"
        >
          {t('chatGroups.senders.undo')}
        </button>
      )}
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        onClick={() => change(sender.id, { isStaff: !sender.isStaff })}
        data-testid="chat-sender-staff"
      >
        {t(sender.isStaff ? 'chatGroups.senders.unmarkStaff' : 'chatGroups.senders.markStaff')}
      </button>
    </div>
  );
}

function Table({
  rows,
  list,
  locale,
  actions,
}: {
  rows: ChatSender[];
  list: SenderList;
  locale: 'zh-CN';
  actions?: (sender: ChatSender) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <DataTable
      testId="chat-senders"
      rowTestId="chat-sender-row"
      rows={rows}
      rowKey={(sender) => sender.id}
      rowAttributes={(sender) => ({ 'data-pseudonym': sender.pseudonym })}
      columns={[
        {
          label: t('chatGroups.senders.pseudonym'),
          cell: (sender) => t('chat.groupPage.member', { letter: sender.pseudonym }),
          isRowHeader: true,
        },
        list.namesShown && { label: t('chatGroups.senders.displayName'), cell: (sender) => sender.displayName },
        { label: t('chatGroups.senders.messages'), cell: (sender) => sender.messageCount, isNumeric: true },
        { label: t('chatGroups.senders.firstSeen'), cell: (sender) => formatDateTime(sender.firstSeenAt, locale) },
        { label: t('chatGroups.senders.lastSeen'), cell: (sender) => formatDateTime(sender.lastSeenAt, locale) },
        {
          label: t('chatGroups.senders.person'),
          testId: 'chat-sender-person',
          cell: (sender) =>
            sender.person?.name ??
            t(sender.isMatched ? 'chatGroups.senders.matchedHidden' : 'chatGroups.senders.unmatched'),
        },
        {
          label: t('chatGroups.senders.staff'),
          cell: (sender) => (sender.isStaff ? t('chatGroups.senders.staff') : ''),
        },
        actions !== undefined && { label: t('chatGroups.senders.actions'), cell: actions },
      ]}
    />
  );
}
