import type { LinkablePlanItem } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { ChoiceCards } from './form-controls';

/**
 * 计划内's plan item: one big card per item of the team's approved proposals, this month's first,
 * each saying its proposal and month — a tap, no typing. An item already linked that the list no
 * longer offers (dropped from the plan since) stays shown, so an edit does not lose it.
 */
export function PlanItemPick({
  items,
  value,
  linked,
  onChange,
  error,
}: {
  /** null: not known yet (no network, nothing kept on the phone). */
  items: LinkablePlanItem[] | null;
  value: string;
  /** The item the record links to now, as the activity page read it. */
  linked: { id: string; title: string; proposalTitle: string } | null;
  onChange: (planItemId: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  if (items === null) return <p className="field__hint">{t('activities.form.planItemsOffline')}</p>;
  const options = items.map((item) => ({
    value: item.id,
    label: item.title,
    help: item.plannedMonth
      ? t('activities.form.planItemHelp', { proposal: item.proposalTitle, month: Number(item.plannedMonth.slice(5)) })
      : item.proposalTitle,
  }));
  if (linked && !items.some((item) => item.id === linked.id))
    options.push({ value: linked.id, label: linked.title, help: linked.proposalTitle });
  if (options.length === 0) return <p className="field__hint">{t('activities.form.planItemsNone')}</p>;
  return (
    <>
      <ChoiceCards
        legend={t('activities.form.planItem')}
        name="planItemId"
        value={value}
        options={options}
        onChange={onChange}
        testId="activity-plan-item"
      />
      {error && <p className="field__error">{error}</p>}
    </>
  );
}
