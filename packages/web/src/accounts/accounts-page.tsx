import { type AccountList, type AccountSummary, type OpenInvite, type Role, roles } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
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
import { useSubmission } from '../shared/use-schema-form';
import { InviteAccount } from './invite-account';

/**
 * 账户管理 (issue 15): who has which role where and when they last signed in, the invitations not
 * yet accepted, inviting someone new, and deactivating or reactivating an account. The list holds
 * what the server lets the caller see (their street, for street staff).
 */
export function AccountsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('accounts.title'));
  const [role, setRole] = useState<Role | ''>('');
  const { resource, replace, reload } = useResource<AccountList>(`/api/accounts${role ? `?role=${role}` : ''}`);
  return (
    <article className="page page--wide" data-testid="accounts-page">
      <header className="page-header">
        <h1>{t('accounts.title')}</h1>
      </header>
      <p className="muted">{t('accounts.intro')}</p>
      <InviteAccount onInvited={reload} />
      <div className="accounts-filter">
        <SelectField
          label={t('accounts.filterRole')}
          value={role}
          onChange={setRole}
          options={[
            { value: '', label: t('accounts.allRoles') },
            ...roles.map((r) => ({ value: r, label: t(`role.${r}`) })),
          ]}
          testId="accounts-filter-role"
        />
      </div>
      <ResourceView resource={resource} onRetry={reload}>
        {(list) => (
          <>
            <AccountTable
              accounts={list.accounts}
              onChanged={(changed) =>
                replace({
                  ...list,
                  accounts: list.accounts.map((a) => (a.id === changed.id ? { ...a, ...changed } : a)),
                })
              }
            />
            <InviteTable invites={list.invites} />
          </>
        )}
      </ResourceView>
    </article>
  );
}

type Changed = Pick<AccountSummary, 'id' | 'deactivatedAt'>;

function AccountTable({ accounts, onChanged }: { accounts: AccountSummary[]; onChanged: (changed: Changed) => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const locale = currentLocale();
  const when = (at: string | null) => formatDateTime(at, locale) ?? t('accounts.never');
  const paging = useListPaging();
  const { page, total } = pageOf(accounts, paging, (account) =>
    [account.displayName, account.username, account.phone, account.scopeName].filter(Boolean).join(' '),
  );
  if (accounts.length === 0) return <p className="muted">{t('accounts.empty')}</p>;
  return (
    <PagedList paging={paging} total={total} searchLabel={t('accounts.search')} testId="accounts">
      <DataTable
        className="accounts-table"
        testId="accounts-table"
        rows={page}
        rowKey={(account) => account.id}
        rowTestId="account-row"
        rowAttributes={(account) => ({ 'data-username': account.username ?? undefined })}
        columns={[
          {
            label: t('accounts.name'),
            isRowHeader: true,
            cell: (account) => (
              <>
                {account.displayName}
                {account.id === user.id && <span className="muted"> {t('accounts.you')}</span>}
              </>
            ),
          },
          { label: t('accounts.role'), cell: (account) => t(`role.${account.role}`) },
          { label: t('accounts.scope'), cell: (account) => account.scopeName ?? t('accounts.deployment') },
          {
            label: t('accounts.login'),
            cell: (account) => [account.username, account.phone].filter(Boolean).join(' / '),
          },
          { label: t('accounts.lastSignedIn'), cell: (account) => when(account.lastSignedInAt) },
          { label: t('accounts.lastSeen'), cell: (account) => when(account.lastSeenAt) },
          {
            label: t('accounts.status'),
            cell: (account) => (
              <AccountStatus account={account} isSelf={account.id === user.id} onChanged={onChanged} />
            ),
          },
        ]}
      />
    </PagedList>
  );
}

/** Active or deactivated, and the button that turns it over (never on one's own account). */
function AccountStatus({
  account,
  isSelf,
  onChanged,
}: {
  account: AccountSummary;
  isSelf: boolean;
  onChanged: (changed: Changed) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const submission = useSubmission();
  const action = account.deactivatedAt ? 'reactivate' : 'deactivate';

  function toggle() {
    void submission.run(async () => onChanged(await api.post<Changed>(`/api/accounts/${account.id}/${action}`)));
  }

  return (
    <>
      <span className={account.deactivatedAt ? 'accounts-status accounts-status--off' : 'accounts-status'}>
        {account.deactivatedAt
          ? t('accounts.deactivated', { date: formatDateTime(account.deactivatedAt, locale) })
          : t('accounts.active')}
      </span>
      {!isSelf && (
        <button
          type="button"
          className="button button--secondary accounts-toggle"
          disabled={submission.isSubmitting}
          onClick={toggle}
          data-testid={`account-${action}`}
        >
          {t(`accounts.${action}`)}
        </button>
      )}
      {submission.failure && <ErrorNotice message={submission.failure} />}
    </>
  );
}

function InviteTable({ invites }: { invites: OpenInvite[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <section aria-labelledby="open-invites-title">
      <h2 id="open-invites-title">{t('accounts.invitesTitle')}</h2>
      {invites.length === 0 ? (
        <p className="muted">{t('accounts.invitesEmpty')}</p>
      ) : (
        <DataTable
          className="accounts-table"
          testId="open-invites-table"
          rows={invites}
          rowKey={(invite) => invite.id}
          columns={[
            { label: t('accounts.name'), isRowHeader: true, cell: (invite) => invite.displayName },
            { label: t('accounts.role'), cell: (invite) => t(`role.${invite.role}`) },
            { label: t('accounts.scope'), cell: (invite) => invite.scopeName ?? t('accounts.deployment') },
            { label: t('accounts.invitedBy'), cell: (invite) => invite.createdByName ?? t('accounts.never') },
            { label: t('accounts.expires'), cell: (invite) => formatDateTime(invite.expiresAt, locale) },
          ]}
        />
      )}
    </section>
  );
}
