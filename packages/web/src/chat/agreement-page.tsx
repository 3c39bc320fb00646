import { type ChatAgreement, type ChatTrailGroup, can, type OrganizationDetail } from '@seedbed/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../shared/document-title';
import { formatDate, formatDateTime } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { AgreementForm } from './agreement-form';
import { WithdrawAgreement, type Withdrawal } from './withdraw-agreement';
import './chat.css';
import './forms.css';

/**
 * A group's agreement to be analysed (issue 19 "Agreement and privacy first"): the one in force (who
 * agreed, in what capacity, when, for what), a form to record one or narrow it, its withdrawal with a
 * confirmation saying what will be deleted, and the agreements before it.
 */
export function ChatAgreementPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  useDocumentTitle(t('chatGroups.links.agreement'));
  const { resource, reload, refresh } = useResource<ChatTrailGroup>(`/api/chat-groups/${id}`);
  return (
    <article className="page page--narrow chat-form" data-testid="chat-agreement-page">
      <ResourceView resource={resource} onRetry={reload}>
        {(group) => <AgreementView group={group} onChange={refresh} />}
      </ResourceView>
    </article>
  );
}

function AgreementView({ group, onChange }: { group: ChatTrailGroup; onChange: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const mayManage = can(user, 'chat.manage');
  const [withdrawal, setWithdrawal] = useState<Withdrawal | null>(null);
  const { agreement } = group;
  return (
    <>
      <header className="page-header">
        <h1>{t('chatGroups.agreement.title', { name: group.name })}</h1>
        <p className="muted">{t('chatGroups.agreement.intro')}</p>
        <nav className="chat-links">
          {agreement && <Link to={`/chat-groups/${group.id}`}>{t('chatGroups.links.group')}</Link>}
          {mayManage && <Link to={`/chat-groups/${group.id}/edit`}>{t('chatGroups.links.edit')}</Link>}
        </nav>
      </header>
      <section className="card" aria-labelledby="chat-agreement-in-force" data-testid="chat-agreement-in-force">
        <h2 id="chat-agreement-in-force">{t('chatGroups.agreement.inForce')}</h2>
        {agreement ? <AgreementFacts agreement={agreement} /> : <p>{t('chatGroups.agreement.none')}</p>}
        {withdrawal && !agreement && (
          <p className="success" role="status" data-testid="chat-withdrawn">
            {t('chatGroups.agreement.withdrawn', {
              messages: withdrawal.messagesDeleted,
              senders: withdrawal.sendersDeleted,
            })}
          </p>
        )}
        {agreement && mayManage && (
          <WithdrawAgreement
            group={group}
            agreement={agreement}
            onWithdrawn={(done) => {
              setWithdrawal(done);
              onChange();
            }}
          />
        )}
      </section>
      {mayManage && (!agreement || agreement.scope === 'analysis_and_text') && (
        <MembersFor group={group}>
          {(members) => (
            <AgreementForm
              key={agreement?.id ?? 'none'}
              group={group}
              members={members}
              isNarrowing={agreement !== null}
              onSaved={onChange}
            />
          )}
        </MembersFor>
      )}
      <section className="card" aria-labelledby="chat-agreement-history">
        <h2 id="chat-agreement-history">{t('chatGroups.agreement.history')}</h2>
        {group.pastAgreements.length === 0 ? (
          <p className="muted">{t('chatGroups.agreement.noHistory')}</p>
        ) : (
          <ol className="plain-list" data-testid="chat-agreement-history">
            {group.pastAgreements.map((past) => (
              <li key={past.id}>
                <AgreementFacts agreement={past} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

/** Who may be named as having agreed: the team's current members, for roles that may read their names. */
function MembersFor({
  group,
  children,
}: {
  group: ChatTrailGroup;
  children: (members: readonly { personId: string; name: string; role: string }[]) => ReactNode;
}) {
  const user = useUser();
  if (!group.organizationId || !can(user, 'person.read')) return <>{children([])}</>;
  return <OrganizationMembers organizationId={group.organizationId}>{children}</OrganizationMembers>;
}

function OrganizationMembers({
  organizationId,
  children,
}: {
  organizationId: string;
  children: (members: readonly { personId: string; name: string; role: string }[]) => ReactNode;
}) {
  const { resource, reload } = useResource<OrganizationDetail>(`/api/organizations/${organizationId}`);
  return (
    <ResourceView resource={resource} onRetry={reload}>
      {(organization) => children(organization.members ?? [])}
    </ResourceView>
  );
}

function AgreementFacts({ agreement }: { agreement: ChatAgreement }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as 'zh-CN';
  return (
    <dl className="chat-facts">
      <dt>{t('chatGroups.agreement.agreedBy')}</dt>
      <dd data-testid="chat-agreement-agreed-by">
        {t(`chatGroups.agreedByRole.${agreement.agreedByRole}`)}
        {agreement.agreedByName ? ` · ${agreement.agreedByName}` : ''}
      </dd>
      <dt>{t('chatGroups.agreement.agreedOn')}</dt>
      <dd>
        {formatDate(agreement.agreedOn, locale)}
        {agreement.withdrawnOn &&
          ` · ${t('chatGroups.agreement.withdrawnOnValue', { date: formatDate(agreement.withdrawnOn, locale) })}`}
      </dd>
      <dt>{t('chatGroups.agreement.scope')}</dt>
      <dd data-testid="chat-agreement-scope">
        {agreement.scope === 'analysis_and_text'
          ? t('chatGroups.agreement.textDays', { days: agreement.textRetentionDays })
          : t('chatGroups.scope.analysis')}
      </dd>
      <dt>{t('chatGroups.agreement.recordedAt')}</dt>
      <dd>{formatDateTime(agreement.recordedAt, locale)}</dd>
      {agreement.note && (
        <>
          <dt>{t('chatGroups.agreement.note')}</dt>
          <dd>{agreement.note}</dd>
        </>
      )}
    </dl>
  );
}
