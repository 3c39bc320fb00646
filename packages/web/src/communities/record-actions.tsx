import type { CommunitySurvey } from '@seedbed/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../shared/error-notice';
import { useSubmission } from '../shared/use-schema-form';
import { sendSurvey } from './survey-fields';
import './communities.css';

type Saved = (survey: CommunitySurvey) => void;

/**
 * "Edit" and "archive" on one survey record. Edit opens the record's form in place; archive takes a
 * wrong entry out of the survey (kept on the server for the audit trail) after a confirmation.
 */
export function RecordActions({
  testId,
  isEditing,
  onToggle,
  canEdit,
  archivePath,
  onSaved,
}: {
  testId: string;
  isEditing: boolean;
  onToggle: () => void;
  canEdit: boolean;
  /** Null when the caller may not archive. */
  archivePath: string | null;
  onSaved: Saved;
}) {
  const { t } = useTranslation();
  const archiving = useSubmission();
  if (!canEdit && !archivePath) return null;
  async function archive() {
    if (!archivePath || !window.confirm(t('communities.archiveConfirm'))) return;
    await archiving.run(async () => onSaved(await sendSurvey('post', archivePath)({})));
  }
  return (
    <div className="record-actions">
      {canEdit && (
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={isEditing}
          data-testid={`${testId}-edit`}
          onClick={onToggle}
        >
          {isEditing ? t('communities.closeEdit') : t('communities.edit')}
        </button>
      )}
      {archivePath && (
        <button
          type="button"
          className="button button--secondary record-actions__archive"
          data-testid={`${testId}-archive`}
          disabled={archiving.isSubmitting}
          onClick={() => void archive()}
        >
          {t('communities.archive')}
        </button>
      )}
      {archiving.failure && <ErrorNotice message={archiving.failure} />}
    </div>
  );
}

/** A table row with its actions in a last cell, and the open edit form on a full-width row below. */
export function EditableRow({
  testId,
  span,
  canEdit,
  archivePath,
  onSaved,
  editor,
  children,
}: {
  testId: string;
  span: number;
  canEdit: boolean;
  archivePath: string | null;
  onSaved: Saved;
  editor: (close: () => void) => ReactNode;
  children: ReactNode;
}) {
  const [isEditing, setEditing] = useState(false);
  return (
    <>
      <tr data-testid={`${testId}-row`}>
        {children}
        <td>
          <RecordActions
            testId={testId}
            isEditing={isEditing}
            onToggle={() => setEditing((open) => !open)}
            canEdit={canEdit}
            archivePath={archivePath}
            onSaved={onSaved}
          />
        </td>
      </tr>
      {isEditing && (
        <tr className="edit-row">
          <td colSpan={span + 1}>{editor(() => setEditing(false))}</td>
        </tr>
      )}
    </>
  );
}
