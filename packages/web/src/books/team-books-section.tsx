import { type CashBook, can } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { EntryList } from './entry-list';
import { bookPagePath, bookPath, money } from './money';
import './books.css';

/** How many lines the team page shows; the rest are on the book's own page. */
const shownEntries = 5;

/**
 * The team's cash book 账本 on its page, for those who may read it (财务公开): the balance in big
 * figures, the last few entries, and — for the treasurer 财务 and staff — 记一笔 first.
 */
export function TeamBooksSection({ organizationId }: { organizationId: string }) {
  const user = useUser();
  if (!can(user, 'books.read')) return null;
  return <BooksSummary organizationId={organizationId} mayKeep={can(user, 'organization.money.keep')} />;
}

function BooksSummary({ organizationId, mayKeep }: { organizationId: string; mayKeep: boolean }) {
  const { t } = useTranslation();
  const { resource } = useResource<CashBook>(bookPath(organizationId));
  if (resource.status !== 'ready') return null;
  const book = resource.data;
  const page = bookPagePath(organizationId);
  return (
    <section className="card books-summary" aria-labelledby="books-title" data-testid="team-books-section">
      <h2 id="books-title">{t('books.title')}</h2>
      <p className="books-balance">
        <span className="muted">{t('books.balance')}</span>{' '}
        <strong data-testid="books-balance">{money(book.balanceFen)}</strong>
      </p>
      {mayKeep && (
        <Link className="button button--primary button--block" to={`${page}/new`} data-testid="books-record">
          {t('books.record')}
        </Link>
      )}
      {book.entries.length === 0 ? (
        <p className="muted">{t('books.empty')}</p>
      ) : (
        <>
          <h3>{t('books.lastEntries')}</h3>
          <EntryList organizationId={organizationId} entries={book.entries.slice(0, shownEntries)} />
        </>
      )}
      <p className="books-links">
        <Link className="button button--secondary" to={`${page}/statement`} data-testid="books-statement-link">
          {t('books.statement')}
        </Link>
        <Link className="button button--secondary" to={page}>
          {t('books.fullBook')}
        </Link>
        {mayKeep && (
          <Link className="button button--secondary" to={`${page}/handover`}>
            {t('books.handover')}
          </Link>
        )}
      </p>
    </section>
  );
}
