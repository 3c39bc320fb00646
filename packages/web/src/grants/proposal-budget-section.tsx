import { budgetCategories, budgetLineHits, formatFen, type NegativeListEntry } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import {
  type BudgetLineValues,
  nextRowKey,
  type ProposalFormValues,
  typedLineFen,
  typedTotalFen,
} from './proposal-form-values';
import { ProposalFold, RowList } from './proposal-rows';

/**
 * The budget on the phone: each line's amount and the total computed live from the yuan typed
 * (integer fen, proposal-form-values.ts), the round's cap beside it, and a line that touches the
 * round's negative list flagged with core's budgetLineHits — the same matcher the server submits with.
 */
export function BudgetSection({
  values,
  set,
  round,
  problems,
  error,
}: {
  values: ProposalFormValues;
  set: (patch: Partial<ProposalFormValues>) => void;
  round: { perProposalCapFen: number; negativeList: readonly NegativeListEntry[] };
  problems: ReadonlySet<number>;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const total = typedTotalFen(values.budgetLines);
  // The matcher reads what a line buys and why; its price plays no part.
  const hits = budgetLineHits(
    { budgetLines: values.budgetLines.map((line) => ({ ...line, unitPriceFen: 0, quantity: 1 })) },
    round,
  );
  const over = total - round.perProposalCapFen;
  const categoryOptions = budgetCategories.map((category) => ({
    value: category,
    label: t(`proposals.categories.${category}`),
  }));
  const newLine = (rows: readonly BudgetLineValues[]): BudgetLineValues => ({
    key: nextRowKey('b', rows),
    category: 'materials',
    item: '',
    unitPrice: '',
    quantity: '1',
    justification: '',
  });
  return (
    <ProposalFold
      title={t('proposals.form.budgetSection')}
      summary={t('proposals.form.total', { total: formatFen(total, locale) })}
      testId="proposal-budget"
      open={values.budgetLines.length > 0 || Boolean(error)}
    >
      <RowList
        rows={values.budgetLines}
        onChange={(budgetLines) => set({ budgetLines })}
        newRow={newLine}
        addLabel={t('proposals.form.addLine')}
        testId="proposal-line"
        problems={problems}
      >
        {(line, change) => {
          const amount = typedLineFen(line);
          const hit = hits.find((candidate) => candidate.lineKey === line.key);
          return (
            <>
              <SelectField
                label={t('proposals.form.category')}
                value={line.category}
                options={categoryOptions}
                onChange={(category) => change({ category })}
              />
              <TextField
                label={t('proposals.form.item')}
                value={line.item}
                maxLength={80}
                onChange={(item) => change({ item })}
                testId="proposal-line-item"
              />
              <div className="proposal-row__pair">
                <TextField
                  label={t('proposals.form.unitPrice')}
                  value={line.unitPrice}
                  inputMode="text"
                  onChange={(unitPrice) => change({ unitPrice })}
                  testId="proposal-line-price"
                />
                <TextField
                  label={t('proposals.form.quantity')}
                  value={line.quantity}
                  inputMode="numeric"
                  onChange={(quantity) => change({ quantity })}
                  testId="proposal-line-quantity"
                />
              </div>
              <TextField
                label={t('proposals.form.justification')}
                value={line.justification}
                maxLength={200}
                onChange={(justification) => change({ justification })}
              />
              <p className="proposal-row__amount" data-testid="proposal-line-total">
                {t('proposals.form.lineTotal', { amount: amount === null ? '—' : formatFen(amount, locale) })}
              </p>
              {hit && (
                <p className="proposal-warning" data-testid="proposal-line-negative">
                  {t('proposals.form.negative', { label: hit.label, keyword: hit.keyword })}
                </p>
              )}
            </>
          );
        }}
      </RowList>
      <p className="proposal-total" data-testid="proposal-total">
        {t('proposals.form.total', { total: formatFen(total, locale) })}
        <br />
        {t('proposals.form.cap', { cap: formatFen(round.perProposalCapFen, locale) })}
      </p>
      {over > 0 && (
        <p className="proposal-warning" data-testid="proposal-over-cap">
          {t('proposals.form.overCap', { over: formatFen(over, locale) })}
        </p>
      )}
      {error && <p className="field__error">{error}</p>}
    </ProposalFold>
  );
}
