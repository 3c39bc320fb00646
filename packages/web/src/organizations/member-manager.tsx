import {
  type MemberRole,
  memberAddInputSchema,
  memberRoles,
  type OrganizationDetail,
  shanghaiDate,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { formInput } from '../shared/form-input';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useSchemaForm, useSubmission } from '../shared/use-schema-form';

/**
 * The leader's member management from a phone: add a member by name (phone optional), change a
 * role, mark someone as left. Each answer is the whole organization, so the list updates at once.
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
  /** A role change or "left" on a member's row. */
  const rowChange = useSubmission();
  const isBusy = form.isSubmitting || rowChange.isSubmitting;
  /** The member whose 已离开 waits for a confirmation. */
  const [leaving, setLeaving] = useState<string | null>(null);
  const hasLeader = (organization.members ?? []).some((member) => member.role === 'leader');
  const addableRoles = memberRoles.filter((role) => role !== 'leader' || !hasLeader);
  const change = (body: object, personId: string) =>
    rowChange.run(async () => onChanged(await api.patch<OrganizationDetail>(`${base}/${personId}`, body)));

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
          <li key={member.personId} className="member-row" data-testid="member-manage-row">
            <span className="member-row__name">{member.name}</span>
            {member.role === 'leader' ? (
              // The leader changes only through 移交队长, which moves the accounts too.
              <span className="muted">{t('organizations.members.leaderByHandOver')}</span>
            ) : (
              <>
                <select
                  aria-label={`${t('organizations.members.makeRole')} ${member.name}`}
                  value={member.role}
                  disabled={isBusy}
                  onChange={(e) => change({ role: e.target.value }, member.personId)}
                >
                  {addableRoles.map((r) => (
                    <option key={r} value={r}>
                      {t(`memberRole.${r}`)}
                    </option>
                  ))}
                </select>
                {leaving === member.personId ? (
                  // One tap on a small phone must not drop someone from the team: ask first.
                  <fieldset className="member-row__confirm" data-testid="member-left-question">
                    <span>{t('organizations.members.confirmLeft', { name: member.name })}</span>
                    <button
                      type="button"
                      className="button button--primary"
                      disabled={isBusy}
                      data-testid="member-left-confirm"
                      onClick={() => {
                        setLeaving(null);
                        change({ leftOn: shanghaiDate(new Date()) }, member.personId);
                      }}
                    >
                      {t('organizations.members.confirmLeftYes')}
                    </button>
                    <button type="button" className="button" onClick={() => setLeaving(null)}>
                      {t('organizations.members.cancel')}
                    </button>
                  </fieldset>
                ) : (
                  <button
                    type="button"
                    className="button"
                    disabled={isBusy}
                    data-testid="member-left"
                    onClick={() => setLeaving(member.personId)}
                  >
                    {t('organizations.members.markLeft')}
                  </button>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
