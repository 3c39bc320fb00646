import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../shared/error-notice';

/** The end of every survey form: what went wrong, the button, and "saved". */
export function FormFooter({
  failure,
  isSubmitting,
  isSaved,
  label,
  testId,
}: {
  failure: string | null;
  isSubmitting: boolean;
  isSaved: boolean;
  label: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {failure && <ErrorNotice message={failure} />}
      <div className="form__actions">
        <button type="submit" className="button button--primary" data-testid={testId} disabled={isSubmitting}>
          {isSubmitting ? t('survey.saving') : label}
        </button>
        <p className="success" role="status">
          {isSaved ? t('survey.saved') : ''}
        </p>
      </div>
    </>
  );
}
