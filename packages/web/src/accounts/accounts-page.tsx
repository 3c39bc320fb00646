import { type AccountList, type AccountSummary, type OpenInvite, type Role, roles } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { formatDateTime } from '../shared/format';
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
  if (accounts.length === 0) return <p className="muted">{t('accounts.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table accounts-table" data-testid="accounts-table">
        <thead>
          <tr>
            <th scope="col">{t('accounts.name')}</th>
            <th scope="col">{t('accounts.role')}</th>
            <th scope="col">{t('accounts.scope')}</th>
            <th scope="col">{t('accounts.login')}</th>
            <th scope="col">{t('accounts.lastSignedIn')}</th>
            <th scope="col">{t('accounts.lastSeen')}</th>
            <th scope="col">{t('accounts.status')}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <AccountRow key={account.id} account={account} onChanged={onChanged} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AccountRow({ account, onChanged }: { account: AccountSummary; onChanged: (changed: Changed) => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const locale = currentLocale();
  const submission = useSubmission();
  const isSelf = account.id === user.id;
  const when = (at: string | null) => formatDateTime(at, locale) ?? t('accounts.never');
  const action = account.deactivatedAt ? 'reactivate' : 'deactivate';

  function toggle() {
    void submission.run(async () => onChanged(await api.post<Changed>(`/api/accounts/${account.id}/${action}`)));
  }

  return (
    <tr data-testid="account-row" data-username={account.username ?? undefined}>
      <th scope="row">
        {account.displayName}
        {isSelf && <span className="muted"> {t('accounts.you')}</span>}
      </th>
      <td>{t(`role.${account.role}`)}</td>
      <td>{account.scopeName ?? t('accounts.deployment')}</td>
      <td>{[account.username, account.phone].filter(Boolean).join(' / ')}</td>
      <td>{when(account.lastSignedInAt)}</td>
      <td>{when(account.lastSeenAt)}</td>
      <td>
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
      </td>
    </tr>
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
        <div className="table-scroll">
          <table className="data-table accounts-table" data-testid="open-invites-table">
            <thead>
              <tr>
                <th scope="col">{t('accounts.name')}</th>
                <th scope="col">{t('accounts.role')}</th>
                <th scope="col">{t('accounts.scope')}</th>
                <th scope="col">{t('accounts.invitedBy')}</th>
                <th scope="col">{t('accounts.expires')}</th>
              </tr>
            </thead>
            <tbody>
              {invites.map((invite) => (
                <tr key={invite.id}>
                  <th scope="row">{invite.displayName}</th>
                  <td>{t(`role.${invite.role}`)}</td>
                  <td>{invite.scopeName ?? t('accounts.deployment')}</td>
                  <td>{invite.createdByName ?? t('accounts.never')}</td>
                  <td>{formatDateTime(invite.expiresAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
