import { type GrantObjection, grantObjectionAnswerInputSchema } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { formatDateTime } from '../shared/format';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';

/** A round's objections: what was said, by whom (staff only see names), and the answer on the record or its form. */
export function ObjectionList({
  objections,
  mayAnswer,
  onAnswered,
}: {
  objections: readonly GrantObjection[];
  mayAnswer: boolean;
  onAnswered: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (objections.length === 0) return <p className="muted">{t('grants.round.noObjections')}</p>;
  return (
    <ul className="plain-list" data-testid="grant-objections">
      {objections.map((objection) => (
        <li key={objection.id} className="grant-objection" data-testid="grant-objection">
          <p>{objection.text}</p>
          <p className="muted">
            {formatDateTime(objection.raisedAt, locale)} ·{' '}
            {objection.raisedByName || objection.raisedByPhone
              ? t('grants.round.raisedBy', { name: objection.raisedByName ?? '', phone: objection.raisedByPhone ?? '' })
              : t('grants.round.anonymous')}
          </p>
          {objection.answer ? (
            <p data-testid="grant-objection-answer">
              {objection.answer}
              <br />
              <span className="muted">
                {t('grants.round.answeredBy', {
                  name: objection.answeredByName ?? '',
                  at: formatDateTime(objection.answeredAt, locale),
                })}
              </span>
            </p>
          ) : (
            mayAnswer && <AnswerForm objectionId={objection.id} onAnswered={onAnswered} />
          )}
        </li>
      ))}
    </ul>
  );
}

function AnswerForm({ objectionId, onAnswered }: { objectionId: string; onAnswered: () => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    grantObjectionAnswerInputSchema,
    { answer: '' },
    {
      send: (input) => api.post(`/api/grant-objections/${objectionId}/answer`, input),
      onSaved: onAnswered,
    },
  );
  return (
    <form className="form" noValidate onSubmit={form.onSubmit} data-testid="grant-answer-form">
      <TextField label={t('grants.round.answer')} multiline {...form.field('answer')} testId="grant-answer" />
      <FormFooter state={form} label={t('grants.round.sendAnswer')} testId="grant-answer-send" />
    </form>
  );
}
