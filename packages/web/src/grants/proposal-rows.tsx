import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The pieces of the leader's proposal form: a fold (<details>) so the first screen stays short,
 * and a list of rows (targets, activities, budget lines…) with a big "add" and a "remove" per row.
 */
export function ProposalFold({
  title,
  summary,
  testId,
  open,
  children,
}: {
  title: string;
  /** What the fold holds, on its closed line ("预算合计 ¥1,500.00"). */
  summary?: string;
  testId: string;
  open?: boolean;
  children: ReactNode;
}) {
  return (
    <details className="proposal-fold" data-testid={testId} open={open}>
      <summary>
        {title}
        {summary && <span className="proposal-fold__summary">{summary}</span>}
      </summary>
      <div className="proposal-fold__body">{children}</div>
    </details>
  );
}

export function RowList<Row>({
  rows,
  onChange,
  newRow,
  addLabel,
  testId,
  problems,
  children,
}: {
  rows: readonly Row[];
  onChange: (rows: Row[]) => void;
  newRow: (rows: readonly Row[]) => Row;
  addLabel: string;
  testId: string;
  /** Rows (by index) a problem points at. */
  problems?: ReadonlySet<number>;
  children: (row: Row, change: (patch: Partial<Row>) => void, index: number) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="proposal-rows" data-testid={testId}>
      {rows.map((row, index) => (
        <fieldset
          // biome-ignore lint/suspicious/noArrayIndexKey: targets and other support have no id; the inputs are controlled, so a row is its place.
          key={index}
          className="proposal-row"
          data-testid={`${testId}-row`}
          aria-invalid={problems?.has(index)}
        >
          {children(
            row,
            (patch) => onChange(rows.map((other, at) => (at === index ? { ...other, ...patch } : other))),
            index,
          )}
          {problems?.has(index) && <p className="field__error">{t('proposals.form.rowProblem')}</p>}
          <button
            type="button"
            className="button button--link"
            onClick={() => onChange(rows.filter((_, at) => at !== index))}
          >
            {t('proposals.form.remove')}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--secondary proposal-rows__add"
        data-testid={`${testId}-add`}
        onClick={() => onChange([...rows, newRow(rows)])}
      >
        {addLabel}
      </button>
    </div>
  );
}
