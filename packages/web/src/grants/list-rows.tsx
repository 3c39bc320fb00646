import { useTranslation } from 'react-i18next';

/**
 * Adding and removing rows of a round's lists (rubric criteria, pipeline steps, eligibility rules,
 * negative-list entries): the editor starts from the seeds' defaults and staff shape them per round.
 */

/** A key for a new item, unique in its list and of the shape core's roundItemKeySchema takes. */
export function newItemKey(prefix: string, existing: readonly { key: string }[]): string {
  const taken = new Set(existing.map((item) => item.key));
  let n = existing.length + 1;
  while (taken.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

export const withoutIndex = <T,>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);

export function RemoveRow({ onRemove, testId }: { onRemove: () => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button--secondary grant-remove" onClick={onRemove} data-testid={testId}>
      {t('grants.form.remove')}
    </button>
  );
}

export function AddRow({ label, onAdd, testId }: { label: string; onAdd: () => void; testId: string }) {
  return (
    <button type="button" className="button button--secondary" onClick={onAdd} data-testid={testId}>
      ＋ {label}
    </button>
  );
}
