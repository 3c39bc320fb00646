import type { PlannedOccurrence } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { occurrenceKey, type useRecordOccurrence } from './use-record-occurrence';

/** 举办了 on one planned date (use-record-occurrence.ts), disabled while that date is being recorded. */
export function HeldButton({
  occurrence,
  recording,
  testId,
}: {
  occurrence: PlannedOccurrence;
  recording: ReturnType<typeof useRecordOccurrence>;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--primary"
      disabled={recording.busy === occurrenceKey(occurrence)}
      data-testid={testId}
      onClick={() => void recording.held(occurrence)}
    >
      {t('activities.section.held')}
    </button>
  );
}
