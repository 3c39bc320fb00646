import { type CashBook, can, type OrganizationDetail, type TreasurerHandover } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, asApiError } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { bookPath, money } from './money';
import './books.css';

/**
 * 财务交接: the treasurer (or staff) hands the book to a current member at today's balance; each
 * side confirms from their own phone that the amount is right. The role moves once both have.
 */
export function HandoverPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  useDocumentTitle(t('books.handoverPage.title'));
  const book = useResource<CashBook>(bookPath(id));
  const team = useResource<OrganizationDetail>(`/api/organizations/${encodeURIComponent(id)}`);
  return (
    <article className="page page--narrow" data-testid="books-handover">
      <header className="page-header">
        <h1>{t('books.handoverPage.title')}</h1>
      </header>
      <p className="muted">{t('books.handoverPage.intro')}</p>
      <ResourceView resource={book.resource} onRetry={book.reload}>
        {(cashBook) => (
          <ResourceView resource={team.resource} onRetry={team.reload}>
            {(organization) => (
              <Handover organizationId={id} book={cashBook} organization={organization} onChanged={book.reload} />
            )}
          </ResourceView>
        )}
      </ResourceView>
    </article>
  );
}

function Handover({
  organizationId,
  book,
  organization,
  onChanged,
}: {
  organizationId: string;
  book: CashBook;
  organization: OrganizationDetail;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const [toPersonId, setToPersonId] = useState('');
  const [failure, setFailure] = useState<string>();
  const run = (write: Promise<unknown>) =>
    write.then(onChanged, (error: unknown) => setFailure(asApiError(error).message));
  const open: TreasurerHandover | null = book.openHandover;
  const members = (organization.members ?? []).filter((m) => m.role !== 'treasurer');
  const isStaff = can(user.role, 'organization.money.keep');
  return (
    <section className="card">
      {failure && <ErrorNotice message={failure} />}
      {open ? (
        <>
          <p className="books-balance">
            <strong>{t('books.handoverPage.balance', { amount: money(open.balanceFen) })}</strong>
          </p>
          <p>
            {t('books.handoverPage.from', { name: open.fromName ?? t('books.handoverPage.nobody') })} —{' '}
            {open.fromConfirmedAt ? t('books.handoverPage.confirmed') : t('books.handoverPage.waiting')}
          </p>
          <p>
            {t('books.handoverPage.incoming', { name: open.toName })} —{' '}
            {open.toConfirmedAt ? t('books.handoverPage.confirmed') : t('books.handoverPage.waiting')}
          </p>
          {open.fromPersonId && !open.fromConfirmedAt && (isStaff || user.teamRole === 'treasurer') && (
            <ConfirmButton
              label={t('books.handoverPage.confirmOutgoing')}
              onClick={() => run(confirm(organizationId, open.id, 'outgoing'))}
            />
          )}
          {!open.toConfirmedAt && (isStaff || user.teamRole !== 'treasurer') && (
            <ConfirmButton
              label={t('books.handoverPage.confirmIncoming')}
              onClick={() => run(confirm(organizationId, open.id, 'incoming'))}
            />
          )}
        </>
      ) : (
        can(user, 'organization.money.keep') && (
          <form
            className="form"
            onSubmit={(event) => {
              event.preventDefault();
              void run(api.post(`${bookPath(organizationId)}/handovers`, { toPersonId }));
            }}
          >
            <p className="books-balance">
              <strong>{t('books.handoverPage.balance', { amount: money(book.balanceFen) })}</strong>
            </p>
            <label>
              {t('books.handoverPage.to')}
              <select value={toPersonId} required onChange={(event) => setToPersonId(event.target.value)}>
                <option value="" />
                {members.map((m) => (
                  <option key={m.personId} value={m.personId}>
                    {m.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="button button--primary button--block" disabled={!toPersonId}>
              {t('books.handoverPage.start')}
            </button>
          </form>
        )
      )}
    </section>
  );
}

const confirm = (organizationId: string, handoverId: string, side: 'outgoing' | 'incoming') =>
  api.post<TreasurerHandover>(`${bookPath(organizationId)}/handovers/${handoverId}/confirm`, { side });

function ConfirmButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="button button--primary button--block" onClick={onClick}>
      {label}
    </button>
  );
}
