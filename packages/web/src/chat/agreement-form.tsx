import {
  type ChatAgreement,
  type ChatTrailGroup,
  chatAgreedByRoles,
  chatAgreementInputSchema,
  chatAgreementScopes,
  shanghaiDate,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';

interface Values {
  agreedByPersonId: string;
  agreedByRole: string;
  agreedOn: string;
  scope: string;
  textRetentionDays: string;
  note: string;
}

/**
 * Records the organization's agreement (who, in what capacity, which day, for what), or narrows the
 * one in force (analysis only, or fewer days of text: the server replaces it at once). The person is
 * picked among the team's members, offered only to roles that may read their names.
 */
export function AgreementForm({
  group,
  members,
  isNarrowing,
  onSaved,
}: {
  group: ChatTrailGroup;
  members: readonly { personId: string; name: string; role: string }[];
  isNarrowing: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const leader = members.find((member) => member.role === 'leader');
  const form = useSchemaForm<Values, unknown, ChatAgreement>(
    chatAgreementInputSchema,
    {
      agreedByPersonId: leader?.personId ?? '',
      agreedByRole: 'leader',
      agreedOn: shanghaiDate(new Date()),
      scope: 'analysis',
      textRetentionDays: '',
      note: '',
    },
    {
      toInput: (values) => ({
        agreedByPersonId: values.agreedByPersonId || null,
        agreedByRole: values.agreedByRole,
        agreedOn: values.agreedOn,
        scope: values.scope,
        textRetentionDays:
          values.scope === 'analysis_and_text' && values.textRetentionDays.trim() !== ''
            ? Number(values.textRetentionDays)
            : null,
        ...(values.note.trim() && { note: values.note.trim() }),
      }),
      send: (input) => api.post<ChatAgreement>(`/api/chat-groups/${group.id}/agreements`, input),
      onSaved: () => onSaved(),
    },
  );
  const days = form.constraints('textRetentionDays');
  return (
    <section className="card" aria-labelledby="chat-agreement-form-title">
      <h2 id="chat-agreement-form-title">
        {t(isNarrowing ? 'chatGroups.agreement.narrow' : 'chatGroups.agreement.record')}
      </h2>
      {isNarrowing && <p className="muted">{t('chatGroups.agreement.narrowHint')}</p>}
      <form className="form" noValidate onSubmit={form.onSubmit} data-testid="chat-agreement-form">
        {members.length > 0 && (
          <SelectField
            label={t('chatGroups.agreement.person')}
            {...form.field('agreedByPersonId')}
            placeholder={t('chatGroups.agreement.personNone')}
            options={members.map((member) => ({ value: member.personId, label: member.name }))}
            testId="chat-agreement-person"
          />
        )}
        <SelectField
          label={t('chatGroups.agreement.capacity')}
          {...form.field('agreedByRole')}
          options={chatAgreedByRoles.map((value) => ({ value, label: t(`chatGroups.agreedByRole.${value}`) }))}
          testId="chat-agreement-role"
        />
        <TextField
          label={t('chatGroups.agreement.agreedOn')}
          type="date"
          {...form.field('agreedOn')}
          testId="chat-agreement-date"
        />
        <SelectField
          label={t('chatGroups.agreement.scope')}
          {...form.field('scope')}
          options={chatAgreementScopes.map((value) => ({ value, label: t(`chatGroups.scope.${value}`) }))}
          testId="chat-agreement-scope-input"
        />
        {form.values.scope === 'analysis_and_text' && (
          <TextField
            label={t('chatGroups.agreement.retentionDays')}
            inputMode="numeric"
            {...form.field('textRetentionDays')}
            required
            {...(days.max !== undefined && { hint: `1–${days.max}` })}
            testId="chat-agreement-days"
          />
        )}
        <TextField label={t('chatGroups.agreement.note')} {...form.field('note')} testId="chat-agreement-note" />
        <FormFooter
          state={form}
          label={t(isNarrowing ? 'chatGroups.agreement.saveNarrow' : 'chatGroups.agreement.save')}
          testId="chat-agreement-save"
          isBlock
        />
      </form>
    </section>
  );
}
