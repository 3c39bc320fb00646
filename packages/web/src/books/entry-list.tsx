import type { CashEntry } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { formatDate } from '../shared/format';
import { bookPath, money } from './money';

/** Lines of the book, newest first: what, when, how much (+/−), the balance after it, its receipts. */
export function EntryList({
  organizationId,
  entries,
  action,
}: {
  organizationId: string;
  entries: readonly CashEntry[];
  action?: (entry: CashEntry) => React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <ul className="book-entries" data-testid="book-entries">
      {entries.map((entry) => {
        const kind = entry.source
          ? t(`books.source.${entry.source}`)
          : t(`books.category.${entry.category ?? 'other'}`);
        const sign = (entry.direction === 'income') === entry.amountFen > 0 ? '+' : '−';
        return (
          <li key={entry.id} className={`book-entry book-entry--${entry.direction}`} data-testid="book-entry">
            <div className="book-entry__main">
              <span className="book-entry__kind">{kind}</span>
              <span className="book-entry__amount">
                {sign}
                {money(Math.abs(entry.amountFen))}
              </span>
            </div>
            <div className="book-entry__meta muted">
              {formatDate(entry.occurredOn, currentLocale())}
              {entry.note ? ` · ${entry.note}` : ''}
              {entry.reversalReason ? ` · ${t('books.reversal', { reason: entry.reversalReason })}` : ''}
              {entry.reversedById ? ` · ${t('books.reversed')}` : ''} · {t('books.balance')} {money(entry.balanceFen)}
            </div>
            {entry.receiptIds.length > 0 && (
              <div className="book-entry__receipts">
                {entry.receiptIds.map((id) => (
                  <a key={id} href={`${bookPath(organizationId)}/receipts/${id}`} target="_blank" rel="noreferrer">
                    <img
                      src={`${bookPath(organizationId)}/receipts/${id}?size=thumbnail`}
                      alt={t('books.receipt')}
                      width={64}
                      height={64}
                      loading="lazy"
                    />
                  </a>
                ))}
              </div>
            )}
            {action?.(entry)}
          </li>
        );
      })}
    </ul>
  );
}
