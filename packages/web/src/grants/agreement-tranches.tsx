import { formatFen, type GrantTranche, shanghaiDate, trancheInputSchema } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { ResourceView } from '../shared/resource-view';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSchemaForm, useSubmission } from '../shared/use-schema-form';
import { yuanTextToFen } from './money-input';

/**
 * Tranches 拨款 on the agreement page: grant money handed to the team ahead of spending. Everyone
 * who reads the grant sees them; staff add one (typed in yuan, kept in fen) and mark it paid on
 * the day it left, which posts it into the team's book once (the server's rule).
 */
export function AgreementTranches({
  agreementId,
  mayManage,
  onChanged,
}: {
  agreementId: string;
  /** Staff, while the grant is open. */
  mayManage: boolean;
  /** The ledger's "held by the team" moves when a tranche is paid. */
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const path = `/api/grant-agreements/${encodeURIComponent(agreementId)}/tranches`;
  const { resource, reload } = useResource<GrantTranche[]>(path);
  const changed = () => {
    reload();
    onChanged();
  };
  return (
    <section className="card" data-testid="grant-tranches">
      <h2>{t('grants.money.tranches.title')}</h2>
      <ResourceView resource={resource} onRetry={reload}>
        {(tranches) =>
          tranches.length === 0 ? (
            <p className="muted">{t('grants.money.tranches.none')}</p>
          ) : (
            <ul className="grant-claims">
              {tranches.map((tranche) => (
                <TrancheItem key={tranche.id} tranche={tranche} mayPay={mayManage} onPaid={changed} />
              ))}
            </ul>
          )
        }
      </ResourceView>
      {mayManage && <TrancheForm path={path} onAdded={changed} />}
    </section>
  );
}

function TrancheItem({ tranche, mayPay, onPaid }: { tranche: GrantTranche; mayPay: boolean; onPaid: () => void }) {
  const { t } = useTranslation();
  const [paidOn, setPaidOn] = useState(() => shanghaiDate(new Date()));
  const payment = useSubmission();
  const pay = () =>
    payment.run(async () => {
      await api.post(`/api/grant-tranches/${encodeURIComponent(tranche.id)}/pay`, { paidOn });
      onPaid();
    });
  return (
    <li className="grant-claim" data-testid="grant-tranche" data-paid={tranche.paidOn !== null}>
      <p>
        <strong>{formatFen(tranche.amountFen, currentLocale())}</strong> ·{' '}
        {t('grants.money.tranches.number', { number: tranche.number })}
        {tranche.note && ` · ${tranche.note}`}
      </p>
      <p className="muted" data-testid="grant-tranche-state">
        {tranche.paidOn
          ? t('grants.money.tranches.paid', { date: tranche.paidOn })
          : [
              t('grants.money.tranches.unpaid'),
              tranche.dueOn && t('grants.money.tranches.due', { date: tranche.dueOn }),
            ]
              .filter(Boolean)
              .join(' · ')}
      </p>
      {mayPay && tranche.paidOn === null && (
        <form
          className="form grant-tranche-pay"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void pay();
          }}
        >
          <TextField
            label={t('grants.money.tranches.paidOn')}
            type="date"
            value={paidOn}
            onChange={setPaidOn}
            required
            testId="grant-tranche-paid-on"
          />
          <FormFooter state={payment} label={t('grants.money.tranches.pay')} testId="grant-tranche-pay" />
        </form>
      )}
    </li>
  );
}

function TrancheForm({ path, onAdded }: { path: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    trancheInputSchema,
    { amount: '', dueOn: '', note: '' },
    {
      toInput: (values) => ({
        amountFen: yuanTextToFen(values.amount) ?? -1,
        ...(values.dueOn && { dueOn: values.dueOn }),
        note: values.note,
      }),
      fieldMessages: { amountFen: t('grants.money.form.amountInvalid') },
      send: (input) => api.post(path, input),
      afterSave: 'reset',
      onSaved: onAdded,
    },
  );
  return (
    <form className="form" noValidate onSubmit={form.onSubmit} data-testid="grant-tranche-form">
      <h3>{t('grants.money.tranches.add')}</h3>
      <TextField
        label={t('grants.money.tranches.amount')}
        hint={t('grants.money.form.amountHint')}
        inputMode="numeric"
        value={form.values.amount}
        onChange={(value) => form.set('amount', value)}
        error={form.errors.amountFen}
        required
        testId="grant-tranche-amount"
      />
      <TextField
        label={t('grants.money.tranches.dueOn')}
        type="date"
        value={form.values.dueOn}
        onChange={(value) => form.set('dueOn', value)}
        error={form.errors.dueOn}
        testId="grant-tranche-due"
      />
      <TextField label={t('grants.money.tranches.note')} {...form.field('note')} testId="grant-tranche-note" />
      <FormFooter state={form} label={t('grants.money.tranches.add')} testId="grant-tranche-save" />
    </form>
  );
}
