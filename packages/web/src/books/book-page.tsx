import { type CashBook, type CashEntry, can } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, asApiError } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { EntryList } from './entry-list';
import { bookPagePath, bookPath, money } from './money';
import './books.css';

/**
 * The whole book: every entry with the balance after it; the treasurer and staff reverse a wrong
 * one with a reason (never a delete); staff download it as a sheet.
 */
export function BookPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useUser();
  useDocumentTitle(t('books.title'));
  const { resource, replace, reload } = useResource<CashBook>(bookPath(id));
  const mayKeep = can(user, 'organization.money.keep');
  return (
    <article className="page" data-testid="books-page">
      <header className="page-header">
        <h1>{t('books.title')}</h1>
      </header>
      <ResourceView resource={resource} onRetry={reload}>
        {(book) => (
          <section className="card">
            <p className="books-balance">
              <span className="muted">{t('books.balance')}</span> <strong>{money(book.balanceFen)}</strong>
            </p>
            <p className="books-links">
              {mayKeep && (
                <Link className="button button--primary" to={`${bookPagePath(id)}/new`}>
                  {t('books.record')}
                </Link>
              )}
              <Link className="button button--secondary" to={`${bookPagePath(id)}/statement`}>
                {t('books.statement')}
              </Link>
              {can(user, 'books.export') && (
                <a className="button button--secondary" href={`${bookPath(id)}.xlsx`} data-testid="books-export">
                  {t('books.export')}
                </a>
              )}
            </p>
            <EntryList
              organizationId={id}
              entries={book.entries}
              action={(entry) =>
                mayKeep && !entry.reversesId && !entry.reversedById ? (
                  <ReverseEntry organizationId={id} entry={entry} onReversed={replace} />
                ) : null
              }
            />
          </section>
        )}
      </ResourceView>
    </article>
  );
}

function ReverseEntry({
  organizationId,
  entry,
  onReversed,
}: {
  organizationId: string;
  entry: CashEntry;
  onReversed: (book: CashBook) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string>();
  return (
    <details>
      <summary>{t('books.reverse.action')}</summary>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          api
            .post<CashBook>(`${bookPath(organizationId)}/entries/${entry.id}/reverse`, { reason })
            .then(onReversed, (error: unknown) => setFailure(asApiError(error).message));
        }}
      >
        <label>
          {t('books.reverse.reason')}
          <input value={reason} maxLength={200} required onChange={(event) => setReason(event.target.value)} />
        </label>
        {failure && <ErrorNotice message={failure} />}
        <button type="submit" className="button button--secondary" disabled={!reason.trim()}>
          {t('books.reverse.confirm')}
        </button>
      </form>
    </details>
  );
}
