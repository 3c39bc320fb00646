import { type Openness, plannedActivityInputSchema } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { FormFooter } from '../shared/form-footer';
import { SelectField } from '../shared/select-field';
import { NotFoundPage } from '../shared/status-pages';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';
import { ChoiceCards } from './form-controls';
import { shanghaiClock } from './form-values';
import './activities.css';

type Repeat = 'once' | 'weekly' | 'monthly_nth_weekday';
const nths = ['1', '2', '3', '4', '5', '-1'] as const;
const weekdays = ['1', '2', '3', '4', '5', '6', '7'] as const;

/** Monday = 1 … Sunday = 7 of a calendar date, and which one of the month it is (1–5). */
export function weekdayOf(date: string): { weekday: number; nth: number } {
  const day = new Date(`${date}T00:00:00Z`);
  return { weekday: ((day.getUTCDay() + 6) % 7) + 1, nth: Math.ceil(day.getUTCDate() / 7) };
}

/** /activities/plan?organizationId=…: announce an activity ahead (预告), once or repeating (e.g. 每月第一个周六). */
export function PlanActivityPage() {
  const [search] = useSearchParams();
  const organizationId = search.get('organizationId') ?? '';
  if (!organizationId) return <NotFoundPage />;
  return <PlanForm organizationId={organizationId} />;
}

function PlanForm({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('activities.planForm.title'));
  const today = shanghaiClock(new Date()).date;
  const { weekday: todayWeekday, nth: todayNth } = weekdayOf(today);
  const form = useSchemaForm(
    plannedActivityInputSchema,
    {
      title: '',
      startsOn: today,
      startTime: '09:00',
      duration: '90',
      repeat: 'once' as Repeat,
      nth: String(todayNth > 4 ? -1 : todayNth) as (typeof nths)[number],
      weekday: String(todayWeekday) as (typeof weekdays)[number],
      untilOn: '',
      openness: 'open_to_all' as Openness,
    },
    {
      toInput: ({ title, openness, startsOn, untilOn, startTime, duration, repeat, nth, weekday }) => ({
        organizationId,
        title: title.trim(),
        openness,
        startsOn,
        ...(untilOn && repeat !== 'once' ? { untilOn } : {}),
        startTime,
        durationMinutes: Number(duration) || 0,
        recurrence:
          repeat === 'once'
            ? { kind: 'once' }
            : repeat === 'weekly'
              ? { kind: 'weekly', everyWeeks: 1 }
              : { kind: 'monthly_nth_weekday', nth: Number(nth), weekday: Number(weekday) },
      }),
      send: (data) => api.post('/api/planned-activities', data),
      onSaved: () => navigate(`/organizations/${organizationId}`),
    },
  );
  const { repeat } = form.values;

  return (
    <article className="page page--narrow plan-page" data-testid="plan-activity-page">
      <header className="page-header">
        <h1>{t('activities.planForm.title')}</h1>
      </header>
      <form className="form" onSubmit={form.onSubmit} noValidate>
        <TextField label={t('activities.planForm.titleLabel')} {...form.field('title')} testId="plan-title" />
        <TextField
          label={t('activities.planForm.startsOn')}
          type="date"
          {...form.field('startsOn')}
          testId="plan-starts-on"
        />
        <div className="time-pair">
          <TextField
            label={t('activities.planForm.startTime')}
            type="time"
            {...form.field('startTime')}
            testId="plan-start-time"
          />
          <TextField
            label={t('activities.planForm.duration')}
            inputMode="numeric"
            {...form.field('duration')}
            error={form.errors.durationMinutes}
            testId="plan-duration"
          />
        </div>
        <ChoiceCards
          legend={t('activities.planForm.repeat')}
          name="repeat"
          value={repeat}
          options={[
            { value: 'once', label: t('activities.planForm.once') },
            { value: 'weekly', label: t('activities.planForm.weekly') },
            { value: 'monthly_nth_weekday', label: t('activities.planForm.monthly') },
          ]}
          onChange={(next) => form.set('repeat', next)}
          testId="plan-repeat"
        />
        {repeat === 'monthly_nth_weekday' && (
          <div className="time-pair">
            <SelectField
              label={t('activities.planForm.nth')}
              {...form.field('nth')}
              options={nths.map((value) => ({ value, label: t(`activities.planForm.nthValue.${value}`) }))}
              testId="plan-nth"
            />
            <SelectField
              label={t('activities.planForm.weekday')}
              {...form.field('weekday')}
              options={weekdays.map((value) => ({ value, label: t(`activities.planForm.weekdays.${value}`) }))}
              testId="plan-weekday"
            />
          </div>
        )}
        {repeat !== 'once' && (
          <TextField
            label={t('activities.planForm.untilOn')}
            type="date"
            {...form.field('untilOn')}
            testId="plan-until"
          />
        )}
        <ChoiceCards
          legend={t('activities.form.openness')}
          name="openness"
          value={form.values.openness}
          options={(['members_only', 'invited', 'open_to_all'] as const).map((value) => ({
            value,
            label: t(`activities.opennessLabel.${value}`),
            help: t(`activities.form.opennessHelp.${value}`),
          }))}
          onChange={(next) => form.set('openness', next)}
          testId="plan-openness"
        />
        <FormFooter state={form} label={t('activities.planForm.submit')} savedLabel="" testId="plan-submit" isBlock />
      </form>
    </article>
  );
}
