import { type MemberRole, memberRoles, type OrganizationDetail, shanghaiDate } from '@seedbed/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { TextField } from '../shared/text-field';
import { type FieldErrors, fieldErrorsFromServer } from '../shared/validation';

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
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [role, setRole] = useState<MemberRole>('member');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const base = `/api/organizations/${organization.id}/members`;

  async function run(action: () => Promise<OrganizationDetail>) {
    setFailure(null);
    setSubmitting(true);
    try {
      onChanged(await action());
      return true;
    } catch (error) {
      const apiError = asApiError(error);
      setErrors(fieldErrorsFromServer(apiError.fields));
      setFailure(apiError.message);
      return false;
    } finally {
      setSubmitting(false);
    }
  }

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) {
      setErrors({ name: t('validation.required') });
      return;
    }
    setErrors({});
    const body = { name: name.trim(), role, ...(phone.trim() && { phone: phone.trim() }) };
    if (await run(() => api.post<OrganizationDetail>(base, body))) {
      setName('');
      setPhone('');
      setRole('member');
    }
  }

  return (
    <section className="card" aria-labelledby="member-add-title">
      <h2 id="member-add-title">{t('registry.members.addTitle')}</h2>
      <form className="form" data-testid="member-add-form" noValidate onSubmit={add}>
        <TextField
          label={t('registry.members.name')}
          value={name}
          onChange={setName}
          error={errors.name}
          required
          maxLength={60}
          testId="member-add-name"
        />
        <TextField
          label={t('registry.members.phone')}
          value={phone}
          onChange={setPhone}
          type="tel"
          inputMode="tel"
          error={errors.phone}
          testId="member-add-phone"
        />
        <div className="field">
          <label htmlFor="member-add-role">{t('registry.members.role')}</label>
          <select id="member-add-role" value={role} onChange={(e) => setRole(e.target.value as MemberRole)}>
            {memberRoles.map((r) => (
              <option key={r} value={r}>
                {t(`memberRole.${r}`)}
              </option>
            ))}
          </select>
        </div>
        {failure && <ErrorNotice message={failure} />}
        <div className="form__actions">
          <button
            type="submit"
            className="button button--primary"
            data-testid="member-add-submit"
            disabled={isSubmitting}
          >
            {isSubmitting ? t('registry.saving') : t('registry.members.submit')}
          </button>
        </div>
      </form>
      <ul className="member-list">
        {(organization.members ?? []).map((member) => (
          <li key={member.personId} className="member-row" data-testid="member-manage-row">
            <span className="member-row__name">{member.name}</span>
            <select
              aria-label={`${t('registry.members.makeRole')} ${member.name}`}
              value={member.role}
              disabled={isSubmitting}
              onChange={(e) =>
                run(() => api.patch<OrganizationDetail>(`${base}/${member.personId}`, { role: e.target.value }))
              }
            >
              {memberRoles.map((r) => (
                <option key={r} value={r}>
                  {t(`memberRole.${r}`)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button"
              disabled={isSubmitting}
              onClick={() =>
                run(() =>
                  api.patch<OrganizationDetail>(`${base}/${member.personId}`, { leftOn: shanghaiDate(new Date()) }),
                )
              }
            >
              {t('registry.members.markLeft')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
