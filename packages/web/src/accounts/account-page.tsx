import { minPasswordLength, passwordChangeInputSchema } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { FormFooter } from '../shared/form-footer';
import { PasswordField } from '../shared/password-field';
import { useSession, useUser } from '../shared/session';
import { useSchemaForm } from '../shared/use-schema-form';
import { confirmationMismatch } from './password-confirmation';

/** 我的账户 (from the menu under one's name, on a phone and a desktop): change the password, sign out everywhere. */
export function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('passwords.account.title'));
  const user = useUser();
  return (
    <section className="page page--narrow">
      <h1>{t('passwords.account.title')}</h1>
      <p className="lead" data-testid="account-who">
        {t('passwords.account.who', { name: user.displayName, role: t(`role.${user.role}`) })}
      </p>
      <ChangePassword />
      <SignOutEverywhere />
    </section>
  );
}

function ChangePassword() {
  const { t } = useTranslation();
  const initial = { currentPassword: '', newPassword: '', confirmation: '' };
  const form = useSchemaForm(passwordChangeInputSchema, initial, {
    toInput: ({ currentPassword, newPassword }) => ({ currentPassword, newPassword }),
    check: ({ newPassword, confirmation }, found) =>
      confirmationMismatch(t, newPassword, confirmation, found.newPassword),
    send: (data) => api.post('/api/auth/password', data),
    // Passwords are not left on the screen once changed.
    afterSave: 'reset',
  });
  return (
    <section className="card" aria-labelledby="change-password-title">
      <h2 id="change-password-title">{t('passwords.account.changeTitle')}</h2>
      <form className="form" noValidate onSubmit={form.onSubmit} data-testid="change-password-form">
        <PasswordField
          label={t('passwords.account.current')}
          name="currentPassword"
          autoComplete="current-password"
          {...form.field('currentPassword')}
          testId="change-password-current"
        />
        <PasswordField
          label={t('passwords.account.newPassword')}
          name="newPassword"
          autoComplete="new-password"
          {...form.field('newPassword')}
          hint={t('passwords.account.newHint', { min: minPasswordLength })}
          testId="change-password-new"
        />
        <PasswordField
          label={t('passwords.account.confirm')}
          name="confirmation"
          autoComplete="new-password"
          {...form.field('confirmation')}
          required
          testId="change-password-confirm"
        />
        <FormFooter
          state={form}
          label={t('passwords.account.submit')}
          savingLabel={t('passwords.account.submitting')}
          savedLabel={t('passwords.account.saved')}
          testId="change-password-submit"
          statusTestId="change-password-status"
          isBlock
        />
      </form>
    </section>
  );
}

function SignOutEverywhere() {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [isLeaving, setLeaving] = useState(false);
  return (
    <section className="card" aria-labelledby="sign-out-everywhere-title">
      <h2 id="sign-out-everywhere-title">{t('passwords.account.everywhereTitle')}</h2>
      <p className="muted">{t('passwords.account.everywhereBody')}</p>
      <button
        type="button"
        className="button button--secondary button--block"
        data-testid="account-logout-everywhere"
        disabled={isLeaving}
        onClick={async () => {
          setLeaving(true);
          await signOut(() => navigate('/login', { replace: true }), { everywhere: true });
        }}
      >
        {t('passwords.account.everywhere')}
      </button>
    </section>
  );
}
