import { type BudgetLine, budgetLineAmountFen, formatFen, type ProposalContent } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { diffProposals, lineAmountChangeFen, type ProposalChange } from './proposal-diff';

/**
 * What changed from one version to another, as a list a leader or a staff member reads: the part,
 * what it said, what it says now; budget lines with their amounts in yuan and how much moved.
 */
export function ProposalChanges({
  before,
  after,
  nameOf = (id) => id,
}: {
  before: ProposalContent;
  after: ProposalContent;
  nameOf?: (personId: string) => string;
}) {
  const { t } = useTranslation();
  const changes = diffProposals(before, after);
  if (changes.length === 0) return <p className="muted">{t('proposals.page.noChanges')}</p>;
  return (
    <ul className="proposal-changes" data-testid="proposal-changes">
      {changes.map((change) => (
        <ChangeRow key={changeKey(change)} change={change} nameOf={nameOf} />
      ))}
    </ul>
  );
}

function changeKey(change: ProposalChange): string {
  if (change.kind === 'line') return `line-${change.line.key}`;
  if (change.kind === 'plan') return `plan-${change.key}`;
  return change.field;
}

function ChangeRow({ change, nameOf }: { change: ProposalChange; nameOf: (personId: string) => string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const lineText = (line: BudgetLine) =>
    `${line.item} ${formatFen(line.unitPriceFen, locale)} × ${line.quantity} = ${formatFen(budgetLineAmountFen(line), locale)}`;
  switch (change.kind) {
    case 'field':
    case 'list': {
      const show = (value: string | string[]) =>
        (Array.isArray(value) ? value : [value])
          .map((row) =>
            change.field === 'team' ? row.replace(/^([^:]+):/, (_, id: string) => `${nameOf(id)}：`) : row,
          )
          .join('；') || t('proposals.page.empty');
      return (
        <li data-testid="proposal-change">
          <strong>{t(`proposals.fields.${change.field}`)}</strong>
          <del>{show(change.before)}</del>
          <ins>{show(change.after)}</ins>
        </li>
      );
    }
    case 'plan':
      return (
        <li data-testid="proposal-change">
          <strong>
            {t('proposals.fields.planItems')} · {t(`proposals.page.${change.change}`)}
          </strong>
          {change.before && <del>{change.before}</del>}
          {change.after && <ins>{change.after}</ins>}
        </li>
      );
    case 'line':
      return (
        <li data-testid="proposal-change">
          <strong>
            {t('proposals.fields.budgetLines')} · {t(`proposals.page.${change.change}`)}
          </strong>
          {change.change !== 'added' && (
            <del>{lineText(change.change === 'changed' ? change.before : change.line)}</del>
          )}
          {change.change !== 'removed' && <ins>{lineText(change.line)}</ins>}
          <span className="muted">
            {t('proposals.page.amountMoved', { amount: signedFen(lineAmountChangeFen(change), locale) })}
          </span>
        </li>
      );
  }
}

function signedFen(fen: number, locale: ReturnType<typeof currentLocale>): string {
  return fen > 0 ? `+${formatFen(fen, locale)}` : formatFen(fen, locale);
}
