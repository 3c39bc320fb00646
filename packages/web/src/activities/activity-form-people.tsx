import type { LinkablePlanItem } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { TextField } from '../shared/text-field';
import { Fold, type SectionProps } from './activity-form-fold';
import { ChoiceCards, NumberStepper } from './form-controls';
import { PlanItemPick } from './plan-item-pick';

/**
 * The leader's form's folds about people: how many came and the guests (the members ticked are on
 * the first screen: activity-form-members.tsx), and what they said.
 */

export function PeopleSection({ values, set, errors }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Fold title={t('activities.form.countSection')} testId="section-people">
      <div className="stepper-pair">
        <NumberStepper
          label={t('activities.form.organizerCount')}
          value={values.organizerCount}
          onChange={(organizerCount) => set({ organizerCount })}
          testId="organizer-count"
        />
        <NumberStepper
          label={t('activities.form.servedCount')}
          value={values.servedCount}
          onChange={(servedCount) => set({ servedCount })}
          testId="served-count"
        />
      </div>
      <fieldset className="repeat" data-testid="activity-guests">
        <legend>{t('activities.form.guests')}</legend>
        {values.guests.map((guest, index) => (
          <div className="repeat__row" key={`guest-${index.toString()}`}>
            <TextField
              label={t('activities.form.guestName')}
              value={guest}
              onChange={(name) => set({ guests: values.guests.map((g, i) => (i === index ? name : g)) })}
              maxLength={60}
            />
            <button
              type="button"
              className="button button--link"
              onClick={() => set({ guests: values.guests.filter((_, i) => i !== index) })}
            >
              {t('activities.form.remove')}
            </button>
          </div>
        ))}
        {errors.guests && <p className="field__error">{errors.guests}</p>}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => set({ guests: [...values.guests, ''] })}
        >
          {t('activities.form.addGuest')}
        </button>
      </fieldset>
    </Fold>
  );
}

export function ReflectionSection({
  values,
  set,
  errors,
  planItems,
  linkedPlanItem,
}: SectionProps & {
  planItems: LinkablePlanItem[] | null;
  linkedPlanItem: { id: string; title: string; proposalTitle: string } | null;
}) {
  const { t } = useTranslation();
  const feedback = values.feedback.length > 0 ? values.feedback : [{ text: '', saidBy: '' }];
  const setFeedback = (index: number, patch: Partial<{ text: string; saidBy: string }>) =>
    set({ feedback: feedback.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)) });
  return (
    <Fold title={t('activities.form.reflectionSection')} testId="section-reflection">
      <TextField
        label={t('activities.form.reflection')}
        value={values.reflection}
        onChange={(reflection) => set({ reflection })}
        error={errors.reflection}
        multiline
        maxLength={5000}
        testId="activity-reflection"
      />
      {feedback.map((entry, index) => (
        <div className="repeat__block" key={`feedback-${index.toString()}`}>
          <TextField
            label={t('activities.form.feedbackText')}
            value={entry.text}
            onChange={(text) => setFeedback(index, { text })}
            error={index === 0 ? errors.feedback : undefined}
            maxLength={500}
            testId={`feedback-text-${index}`}
          />
          <TextField
            label={t('activities.form.feedbackBy')}
            value={entry.saidBy}
            onChange={(saidBy) => setFeedback(index, { saidBy })}
            maxLength={60}
          />
        </div>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => set({ feedback: [...feedback, { text: '', saidBy: '' }] })}
      >
        {t('activities.form.addFeedback')}
      </button>
      <ChoiceCards
        legend={t('activities.form.inPlan')}
        name="isPlannedInProject"
        value={values.isPlannedInProject ? 'yes' : 'no'}
        options={[
          { value: 'no', label: t('activities.form.inPlanNo') },
          { value: 'yes', label: t('activities.form.inPlanYes') },
        ]}
        onChange={(choice) => set({ isPlannedInProject: choice === 'yes' })}
        testId="activity-in-plan"
      />
      {values.isPlannedInProject && (
        <PlanItemPick
          items={planItems}
          value={values.planItemId}
          linked={linkedPlanItem}
          onChange={(planItemId) => set({ planItemId })}
          error={errors.planItemId}
        />
      )}
    </Fold>
  );
}
