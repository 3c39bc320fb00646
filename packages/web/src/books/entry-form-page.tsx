import {
  type CashBook,
  cashEntryInputSchema,
  type EntryDirection,
  type ExpenseCategory,
  expenseCategories,
  type IncomeSource,
  incomeSources,
  parseYuan,
  shanghaiDate,
} from '@seedbed/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, asApiError } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { FormFooter } from '../shared/form-footer';
import { PhotoCaptureField } from '../shared/photo-capture-field';
import { sentPhotoSide, shrinkPhoto } from '../shared/shrink-photo';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';
import { ChoiceCards } from './choice-cards';
import { bookPagePath, bookPath } from './money';
import './books.css';

/**
 * 记一笔 on a phone: money in or out, how much (typed in yuan and read by string: ¥12.50 → 1250 fen,
 * never a float), where from or on what as big cards, the day (today unless changed), and a photo
 * of the receipt shrunk on the phone as the activity form's are. Only the amount and the card are
 * required: the button waits for both. The entry is written first, then the photo: a photo that
 * fails leaves the entry kept and says so, and pressing again sends only the photo to that entry
 * (a second press must not record the money twice).
 */
export function EntryFormPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  useDocumentTitle(t('books.form.title'));
  /** The entry written by a press whose photo failed: the next press only sends its photo. */
  const entryAwaitingPhoto = useRef<string | null>(null);
  const form = useSchemaForm(
    cashEntryInputSchema,
    {
      direction: 'expense' as EntryDirection,
      source: null as IncomeSource | null,
      category: null as ExpenseCategory | null,
      amount: '',
      occurredOn: shanghaiDate(new Date()),
      note: '',
      photo: null as File | null,
    },
    {
      toInput: ({ direction, source, category, amount, occurredOn, note }) => ({
        direction,
        ...(direction === 'income' ? { source } : { category }),
        amountFen: parseYuan(amount),
        occurredOn,
        note: note.trim() || undefined,
      }),
      // Both directions type the same fields (amount, day, note): either side of the union has their limits.
      constraintsFrom: cashEntryInputSchema.options[1],
      fieldMessages: { amountFen: t('books.form.amountInvalid') },
      send: async (data, { photo }) => {
        let entryId = entryAwaitingPhoto.current;
        if (entryId === null) {
          const book = await api.post<CashBook>(`${bookPath(id)}/entries`, data);
          entryId = book.entries[0]?.id ?? null;
        }
        if (!photo || !entryId) return { photoFailure: null };
        try {
          await api.post(`${bookPath(id)}/entries/${entryId}/receipts`, await shrinkPhoto(photo, sentPhotoSide.photo));
          entryAwaitingPhoto.current = null;
          return { photoFailure: null };
        } catch (error) {
          entryAwaitingPhoto.current = entryId;
          return { photoFailure: asApiError(error).message };
        }
      },
      onSaved: ({ photoFailure }) => {
        if (photoFailure === null) void navigate(`/organizations/${encodeURIComponent(id)}`);
        else form.refuse({}, t('books.form.photoFailed', { message: photoFailure }));
      },
    },
  );
  const { direction, source, category, amount, photo } = form.values;

  return (
    <article className="page page--narrow" data-testid="books-entry-form">
      <header className="page-header">
        <h1>{t('books.form.title')}</h1>
      </header>
      <form className="form" noValidate onSubmit={form.onSubmit}>
        <ChoiceCards
          legend={t('books.form.directionLabel')}
          options={['income', 'expense'] as const}
          value={direction}
          onChange={(next) => form.set('direction', next)}
          label={(d) => t(`books.direction.${d}`)}
          testId="books-direction"
        />
        <TextField
          label={t('books.form.amount')}
          hint={t('books.form.amountHint')}
          value={amount}
          onChange={(next) => form.set('amount', next)}
          error={form.errors.amountFen}
          inputMode="text"
          required={form.constraints('amountFen').required}
          testId="books-amount"
        />
        {direction === 'income' ? (
          <ChoiceCards
            legend={t('books.form.sourceLabel')}
            options={incomeSources}
            value={source}
            onChange={(next) => form.set('source', next)}
            label={(s) => t(`books.source.${s}`)}
            testId="books-source"
          />
        ) : (
          <ChoiceCards
            legend={t('books.form.categoryLabel')}
            options={expenseCategories}
            value={category}
            onChange={(next) => form.set('category', next)}
            label={(c) => t(`books.category.${c}`)}
            testId="books-category"
          />
        )}
        <TextField label={t('books.form.date')} type="date" {...form.field('occurredOn')} testId="books-date" />
        <TextField label={t('books.form.note')} {...form.field('note')} testId="books-note" />
        <PhotoCaptureField
          label={t('books.form.photo')}
          photo={photo}
          chosenLabel={(name) => t('books.form.photoChosen', { name })}
          onChange={(next) => form.set('photo', next)}
          testId="books-photo"
        />
        <FormFooter
          state={form}
          label={t('books.form.save')}
          savingLabel={t('books.form.saving')}
          savedLabel={t('books.form.saved')}
          isBlock
          isReady={(direction === 'income' ? source : category) !== null && amount !== ''}
          testId="books-save"
        />
        <a className="button button--link" href={bookPagePath(id)}>
          {t('books.fullBook')}
        </a>
      </form>
    </article>
  );
}
