import type { LastActivityMembers } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import type { SectionProps } from './activity-form-fold';
import { Chips } from './form-controls';
import { sameAsLastTime, tickMembers, toggleAllMembers } from './form-prefill';
import { shanghaiClock } from './form-values';

/**
 * Which members came, on the form's first screen: 同上次 ticks last time's crowd in one tap, 全选
 * the whole team; each tick moves the organizers' count with it (form-prefill.ts).
 */
export function MemberPicker({
  values,
  set,
  members,
  lastTime,
}: Omit<SectionProps, 'errors'> & {
  members: { personId: string; name: string }[];
  lastTime: LastActivityMembers | null;
}) {
  const { t } = useTranslation();
  if (members.length === 0) return null;
  const memberIds = members.map((member) => member.personId);
  const isAllTicked = memberIds.every((id) => values.memberIds.includes(id));
  const lastIds = (lastTime?.memberIds ?? []).filter((id) => memberIds.includes(id));
  const actions = (
    <div className="chips__actions">
      {lastTime && lastIds.length > 0 && (
        <button
          type="button"
          className="button button--secondary"
          data-testid="members-same-as-last"
          onClick={() => set(sameAsLastTime(values, lastIds, memberIds))}
        >
          {t('activities.form.sameAsLast', { count: lastIds.length })}
        </button>
      )}
      <button
        type="button"
        className="button button--secondary"
        data-testid="members-all"
        onClick={() => set(toggleAllMembers(values, memberIds))}
      >
        {isAllTicked ? t('activities.form.selectNone') : t('activities.form.selectAll')}
      </button>
      {lastTime?.startsAt && lastIds.length > 0 && (
        <p className="field__hint chips__hint">
          {t('activities.form.lastTime', {
            date: shanghaiClock(new Date(lastTime.startsAt)).date.slice(5),
            title: lastTime.title,
          })}
        </p>
      )}
    </div>
  );
  return (
    <Chips
      legend={t('activities.form.participants')}
      values={values.memberIds}
      options={members.map((member) => ({ value: member.personId, label: member.name }))}
      onChange={(ticked) => set(tickMembers(values, ticked))}
      testId="activity-members"
      actions={actions}
    />
  );
}
