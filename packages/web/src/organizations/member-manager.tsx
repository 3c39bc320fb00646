import {
  type MemberRole,
  memberAddInputSchema,
  memberRoles,
  type OrganizationDetail,
  shanghaiDate,
} from '@seedbed/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { formInput } from '../shared/form-input';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useSchemaForm, useSubmission } from '../shared/use-schema-form';
import { type MemberChange, MemberChangeQuestion, type MemberUndo, UndoBar, undoRequest } from './member-change';

type Member = NonNullable<OrganizationDetail['members']>[number];

/**
 * The leader's member management from a phone: add a member by name (phone optional), change a
 * role, mark someone as left. A role or a leave is asked first (确认 / 取消) and can be taken back
 * (撤销) right after: a slip of the thumb on a small screen costs nothing. Each answer is the whole
 * organization, so the list updates at once.
 */
export function MemberManager({
  organization,
  onChanged,
}: {
  organization: OrganizationDetail;
  onChanged: (updated: OrganizationDetail) => void;
}) {
  const { t } = useTranslation();
  const base = `/api/organizations/${organization.id}/members`;
  const form = useSchemaForm(
    memberAddInputSchema,
    { name: '', phone: '', role: 'member' as MemberRole },
    {
      toInput: (values) => formInput(values, memberAddInputSchema),
      send: (data) => api.post<OrganizationDetail>(base, data),
      onSaved: onChanged,
      afterSave: 'reset',
      // Typed names are cut at the schema's length: what can be wrong with one here is that it is missing.
      fieldMessages: { name: t('validation.required') },
    },
  );
  /** A role change, a leave or an undo on a member's row. */
  const rowChange = useSubmission();
  const isBusy = form.isSubmitting || rowChange.isSubmitting;
  /** The change that waits for 确认. */
  const [asked, setAsked] = useState<MemberChange | null>(null);
  /** The last change saved, while it can be taken back. */
  const [undo, setUndo] = useState<MemberUndo | null>(null);
  const clearUndo = useCallback(() => setUndo(null), []);
  const hasLeader = (organization.members ?? []).some((member) => member.role === 'leader');
  const addableRoles = memberRoles.filter((role) => role !== 'leader' || !hasLeader);

  const confirm = (change: MemberChange) => {
    setAsked(null);
    setUndo(null);
    const body = change.kind === 'role' ? { role: change.role } : { leftOn: change.leftOn };
    void rowChange.run(async () => {
      onChanged(await api.patch<OrganizationDetail>(`${base}/${change.member.personId}`, body));
      setUndo({ ...change, previousRole: change.member.role });
    });
  };
  const takeBack = (taken: MemberUndo) => {
    setUndo(null);
    const { method, path, body } = undoRequest(taken);
    void rowChange.run(async () => onChanged(await api[method]<OrganizationDetail>(`${base}/${path}`, body)));
  };

  return (
    <section className="card" aria-labelledby="member-add-title">
      <h2 id="member-add-title">{t('organizations.members.addTitle')}</h2>
      <form className="form" data-testid="member-add-form" noValidate onSubmit={form.onSubmit}>
        <TextField label={t('organizations.members.name')} {...form.field('name')} required testId="member-add-name" />
        <TextField
          label={t('organizations.members.phone')}
          {...form.field('phone')}
          type="tel"
          inputMode="tel"
          testId="member-add-phone"
        />
        <SelectField
          label={t('organizations.members.role')}
          {...form.field('role')}
          options={addableRoles.map((r) => ({ value: r, label: t(`memberRole.${r}`) }))}
          testId="member-add-role"
        />
        <FormFooter
          state={{ ...form, isSubmitting: isBusy, failure: form.failure ?? rowChange.failure }}
          label={t('organizations.members.submit')}
          testId="member-add-submit"
        />
      </form>
      <ul className="member-list">
        {(organization.members ?? []).map((member) => (
          <ManagedMemberRow
            key={member.personId}
            member={member}
            roles={addableRoles}
            asked={asked?.member.personId === member.personId ? asked : null}
            isBusy={isBusy}
            onAsk={setAsked}
            onConfirm={confirm}
          />
        ))}
      </ul>
      {undo && <UndoBar undo={undo} isBusy={isBusy} onUndo={() => takeBack(undo)} onExpired={clearUndo} />}
    </section>
  );
}

function ManagedMemberRow({
  member,
  roles,
  asked,
  isBusy,
  onAsk,
  onConfirm,
}: {
  member: Member;
  roles: readonly MemberRole[];
  asked: MemberChange | null;
  isBusy: boolean;
  onAsk: (change: MemberChange | null) => void;
  onConfirm: (change: MemberChange) => void;
}) {
  const { t } = useTranslation();
  return (
    <li className="member-row" data-testid="member-manage-row">
      <span className="member-row__name">{member.name}</span>
      {member.role === 'leader' ? (
        // The leader changes only through 移交队长, which moves the accounts too.
        <span className="muted">{t('organizations.members.leaderByHandOver')}</span>
      ) : (
        <>
          {/* Picking a role only asks: nothing is saved until 确认. */}
          <select
            aria-label={`${t('organizations.members.makeRole')} ${member.name}`}
            value={asked?.kind === 'role' ? asked.role : member.role}
            disabled={isBusy}
            data-testid="member-role"
            onChange={(event) => {
              const role = event.target.value as MemberRole;
              onAsk(role === member.role ? null : { kind: 'role', member, role });
            }}
          >
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`memberRole.${r}`)}
              </option>
            ))}
          </select>
          {asked ? (
            <MemberChangeQuestion change={asked} isBusy={isBusy} onConfirm={onConfirm} onCancel={() => onAsk(null)} />
          ) : (
            <button
              type="button"
              className="button"
              disabled={isBusy}
              data-testid="member-left"
              onClick={() => onAsk({ kind: 'leave', member, leftOn: shanghaiDate(new Date()) })}
            >
              {t('organizations.members.markLeft')}
            </button>
          )}
        </>
      )}
    </li>
  );
}
