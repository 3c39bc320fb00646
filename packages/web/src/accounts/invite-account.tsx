import {
  grantableRoles,
  inviteCreateInputSchema,
  needsPhoneLogin,
  type Role,
  type ScopeKind,
  scopeKindsForRole,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { SearchSelect } from '../shared/search-select';
import { SelectField } from '../shared/select-field';
import { useUser } from '../shared/session';
import { useSchemaForm } from '../shared/use-schema-form';
import { InviteCard } from './invite-card';
import type { InviteCreated } from './invite-link';
import { useScopeOptions } from './scope-options';

interface Values {
  displayName: string;
  role: Role | '';
  scopeKind: ScopeKind | '';
  scopeId: string;
}

const initial: Values = { displayName: '', role: '', scopeKind: '', scopeId: '' };

/**
 * Staff (or the administrator) invite anyone they may grant: a role, and where it applies — an
 * organization for a leader or member, a community for a residents' committee, a street (or the
 * whole deployment, for whoever has it) for the others. The server checks the grant again
 * (core's grantRefusal); the form offers only what the signed-in person could grant.
 */
export function InviteAccount({ onInvited }: { onInvited: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const places = useScopeOptions();
  const [created, setCreated] = useState<InviteCreated | null>(null);
  const form = useSchemaForm(inviteCreateInputSchema, initial, {
    toInput: ({ displayName, role, scopeKind, scopeId }) =>
      role && needsPhoneLogin(role)
        ? { displayName, role, organizationId: scopeId || undefined }
        : {
            displayName,
            role: role || undefined,
            scopeKind: scopeKind || undefined,
            scopeId: scopeKind === 'deployment' ? undefined : scopeId || undefined,
          },
    send: (data) => api.post<InviteCreated>('/api/invites', data),
    onSaved: (invite) => {
      setCreated(invite);
      onInvited();
    },
    afterSave: 'reset',
  });
  const { role, scopeKind } = form.values;
  const kinds = role
    ? scopeKindsForRole[role].filter((kind) => kind !== 'deployment' || user.scopeKind === 'deployment')
    : [];

  function chooseRole(next: Role | '') {
    const [onlyKind] = next ? scopeKindsForRole[next] : [];
    form.setValues((values) => ({ ...values, role: next, scopeKind: onlyKind ?? '', scopeId: '' }));
  }

  return (
    <InviteCard
      testId="invite-account"
      title={t('accounts.invite.title')}
      intro={t('accounts.invite.intro')}
      nameLabel={t('accounts.invite.name')}
      nameField={form.field('displayName')}
      form={form}
      submitLabel={t('accounts.invite.submit')}
      submittingLabel={t('accounts.invite.submitting')}
      created={created}
    >
      <SelectField
        label={t('accounts.invite.role')}
        value={role}
        onChange={chooseRole}
        placeholder={t('accounts.invite.choose')}
        options={grantableRoles(user.role).map((value) => ({ value, label: t(`role.${value}`) }))}
        error={form.errors.role}
        required
        testId="invite-account-role"
      />
      {kinds.length > 1 && (
        <SelectField
          label={t('accounts.invite.scopeKind')}
          value={scopeKind}
          onChange={(next) => form.setValues((values) => ({ ...values, scopeKind: next, scopeId: '' }))}
          options={kinds.map((kind) => ({
            value: kind,
            label: kind === 'deployment' ? t('accounts.invite.wholeDeployment') : t(`accounts.invite.${kind}`),
          }))}
          testId="invite-account-scope-kind"
        />
      )}
      {scopeKind && scopeKind !== 'deployment' && (
        <SearchSelect
          label={t(`accounts.invite.${scopeKind}`)}
          value={form.values.scopeId}
          onChange={(scopeId) => form.set('scopeId', scopeId)}
          placeholder={t('accounts.invite.choose')}
          options={places[scopeKind]}
          error={form.errors.scopeId ?? form.errors.organizationId}
          required
          testId="invite-account-scope"
        />
      )}
    </InviteCard>
  );
}
