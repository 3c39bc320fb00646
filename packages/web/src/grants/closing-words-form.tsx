import { type ClosingWords, closingWordsInputSchema } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, networkErrorCode } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { keepLocalDraft, readLocalDraft } from '../shared/local-draft';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';

/**
 * The team's own closing words on a phone: one big box and one big button. What is typed is kept
 * on the phone as it is typed (localStorage, per agreement), so a dropped network or a closed tab
 * loses nothing: the draft comes back into the box until a save goes through. Words are the
 * team's report, not residents' data, so keeping them on the team's phone is fine.
 */
const draftKey = (agreementId: string) => `seedbed.grant-closing-words.${agreementId}`;
const readDraft = (agreementId: string) => readLocalDraft(draftKey(agreementId));
const keepDraft = (agreementId: string, words: string | null) => keepLocalDraft(draftKey(agreementId), words);

export function ClosingWordsForm({
  agreementId,
  saved,
  onSaved,
}: {
  agreementId: string;
  saved: ClosingWords | null;
  onSaved: (words: ClosingWords) => void;
}) {
  const { t } = useTranslation();
  const [draft] = useState(() => readDraft(agreementId));
  const isDraftRestored = draft !== null && draft !== saved?.words;
  const form = useSchemaForm(
    closingWordsInputSchema,
    { words: isDraftRestored ? draft : (saved?.words ?? '') },
    {
      send: (input) =>
        api.put<ClosingWords>(`/api/grant-agreements/${encodeURIComponent(agreementId)}/closing-words`, input),
      onSaved: (words) => {
        keepDraft(agreementId, null);
        onSaved(words);
      },
    },
  );
  const words = form.field('words');
  return (
    <form
      className="form grant-closing-words"
      noValidate
      onSubmit={form.onSubmit}
      data-testid="grant-closing-words-form"
    >
      {isDraftRestored && (
        <p className="muted" data-testid="grant-closing-words-draft">
          {t('grants.money.closing.wordsDraft')}
        </p>
      )}
      <TextField
        label={t('grants.money.closing.words')}
        hint={t('grants.money.closing.wordsHint')}
        multiline
        {...words}
        onChange={(value) => {
          keepDraft(agreementId, value);
          words.onChange(value);
        }}
        testId="grant-closing-words"
      />
      {form.failureCode === networkErrorCode && (
        <p className="muted" data-testid="grant-closing-words-kept">
          {t('grants.money.closing.wordsKept')}
        </p>
      )}
      <FormFooter
        state={form}
        label={t('grants.money.closing.wordsSave')}
        savedLabel={t('grants.money.closing.wordsSaved')}
        isBlock
        statusTestId="grant-closing-words-saved"
        testId="grant-closing-words-save"
      />
    </form>
  );
}
