import {
  type CashBook,
  type CashEntryInput,
  cashEntryInputSchema,
  type EntryDirection,
  type ExpenseCategory,
  expenseCategories,
  type IncomeSource,
  incomeSources,
  parseYuan,
  shanghaiDate,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, asApiError } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { sentPhotoSide, shrinkPhoto } from '../shared/shrink-photo';
import { TextField } from '../shared/text-field';
import { ChoiceCards } from './choice-cards';
import { bookPagePath, bookPath } from './money';
import './books.css';

/**
 * 记一笔 on a phone: money in or out, how much (typed in yuan and read by string: ¥12.50 → 1250 fen,
 * never a float), where from or on what as big cards, the day (today unless changed), and a photo
 * of the receipt shrunk on the phone as the activity form's are. Only the amount and the card are
 * required. The entry is written first, then the photo: a photo that fails leaves the entry kept.
 */
export function EntryFormPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  useDocumentTitle(t('books.form.title'));
  const [direction, setDirection] = useState<EntryDirection>('expense');
  const [source, setSource] = useState<IncomeSource | null>(null);
  const [category, setCategory] = useState<ExpenseCategory | null>(null);
  const [amount, setAmount] = useState('');
  const [occurredOn, setOccurredOn] = useState(() => shanghaiDate(new Date()));
  const [note, setNote] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const [amountError, setAmountError] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    setFailure(undefined);
    const amountFen = parseYuan(amount);
    setAmountError(amountFen === null ? t('books.form.amountInvalid') : undefined);
    const input =
      direction === 'income'
        ? { direction, source, amountFen, occurredOn, note: note || undefined }
        : { direction, category, amountFen, occurredOn, note: note || undefined };
    const parsed = cashEntryInputSchema.safeParse(input);
    if (!parsed.success) return;
    setSaving(true);
    try {
      const book = await api.post<CashBook>(`${bookPath(id)}/entries`, parsed.data satisfies CashEntryInput);
      const entry = book.entries[0];
      if (photo && entry) {
        try {
          await api.post(`${bookPath(id)}/entries/${entry.id}/receipts`, await shrinkPhoto(photo, sentPhotoSide.photo));
        } catch (error) {
          setFailure(t('books.form.photoFailed', { message: asApiError(error).message }));
          setSaving(false);
          return;
        }
      }
      void navigate(`/organizations/${encodeURIComponent(id)}`);
    } catch (error) {
      setFailure(asApiError(error).message);
      setSaving(false);
    }
  };

  return (
    <article className="page page--narrow" data-testid="books-entry-form">
      <header className="page-header">
        <h1>{t('books.form.title')}</h1>
      </header>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <ChoiceCards
          legend={t('books.form.directionLabel')}
          options={['income', 'expense'] as const}
          value={direction}
          onChange={setDirection}
          label={(d) => t(`books.direction.${d}`)}
          testId="books-direction"
        />
        <TextField
          label={t('books.form.amount')}
          hint={t('books.form.amountHint')}
          value={amount}
          onChange={setAmount}
          error={amountError}
          inputMode="text"
          required
          testId="books-amount"
        />
        {direction === 'income' ? (
          <ChoiceCards
            legend={t('books.form.sourceLabel')}
            options={incomeSources}
            value={source}
            onChange={setSource}
            label={(s) => t(`books.source.${s}`)}
            testId="books-source"
          />
        ) : (
          <ChoiceCards
            legend={t('books.form.categoryLabel')}
            options={expenseCategories}
            value={category}
            onChange={setCategory}
            label={(c) => t(`books.category.${c}`)}
            testId="books-category"
          />
        )}
        <TextField
          label={t('books.form.date')}
          type="date"
          value={occurredOn}
          onChange={setOccurredOn}
          testId="books-date"
        />
        <TextField label={t('books.form.note')} value={note} onChange={setNote} maxLength={200} testId="books-note" />
        <div className="field">
          <label className="button button--secondary button--block">
            {t('books.form.photo')}
            <input
              type="file"
              accept="image/*"
              capture="environment"
              hidden
              data-testid="books-photo"
              onChange={(event) => setPhoto(event.target.files?.[0] ?? null)}
            />
          </label>
          {photo && <p className="muted">{t('books.form.photoChosen', { name: photo.name })}</p>}
        </div>
        {failure && <ErrorNotice message={failure} />}
        <button
          type="submit"
          className="button button--primary button--block"
          disabled={saving || (direction === 'income' ? !source : !category) || !amount}
          data-testid="books-save"
        >
          {saving ? t('books.form.saving') : t('books.form.save')}
        </button>
        <a className="button button--link" href={bookPagePath(id)}>
          {t('books.fullBook')}
        </a>
      </form>
    </article>
  );
}
