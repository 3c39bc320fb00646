import { type ChatAgreement, type ChatTrailGroup, chatWithdrawalInputSchema, shanghaiDate } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';

export interface Withdrawal {
  agreement: ChatAgreement;
  messagesDeleted: number;
  sendersDeleted: number;
}

/**
 * Withdrawing stops analysis and deletes the group's messages and senders (issue 19): the button
 * first opens a confirmation that says plainly how much will go — the group's own counts — and asks
 * for the day the organization withdrew.
 */
export function WithdrawAgreement({
  group,
  agreement,
  onWithdrawn,
}: {
  group: ChatTrailGroup;
  agreement: ChatAgreement;
  onWithdrawn: (withdrawal: Withdrawal) => void;
}) {
  const { t } = useTranslation();
  const [isConfirming, setConfirming] = useState(false);
  const form = useSchemaForm<{ withdrawnOn: string }, unknown, Withdrawal>(
    chatWithdrawalInputSchema,
    { withdrawnOn: shanghaiDate(new Date()) },
    {
      send: (input) => api.post<Withdrawal>(`/api/chat-agreements/${agreement.id}/withdraw`, input),
      onSaved: (result) => {
        setConfirming(false);
        onWithdrawn(result);
      },
    },
  );
  if (!isConfirming)
    return (
      <button
        type="button"
        className="button button--secondary"
        onClick={() => setConfirming(true)}
        data-testid="chat-agreement-withdraw"
      >
        {t('chatGroups.agreement.withdraw')}
      </button>
    );
  return (
    <form className="form chat-confirm" noValidate onSubmit={form.onSubmit} data-testid="chat-withdraw-form">
      <h3>{t('chatGroups.agreement.confirmTitle')}</h3>
      <p data-testid="chat-withdraw-deletes">
        {group.messageCount === 0 && group.senderCount === 0
          ? t('chatGroups.agreement.confirmNothing')
          : t('chatGroups.agreement.confirmDeletes', {
              messages: group.messageCount,
              senders: group.senderCount,
              texts: group.keptTextCount,
            })}
      </p>
      <TextField
        label={t('chatGroups.agreement.withdrawnOn')}
        type="date"
        {...form.field('withdrawnOn')}
        testId="chat-withdraw-date"
      />
      <FormFooter state={form} label={t('chatGroups.agreement.confirm')} testId="chat-withdraw-confirm">
        <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
          {t('chatGroups.agreement.keep')}
        </button>
      </FormFooter>
    </form>
  );
}
