import type { Openness } from '@seedbed/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api, asApiError } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { NotFoundPage } from '../shared/status-pages';
import { TextField } from '../shared/text-field';
import { type FieldErrors, fieldErrorsFromServer } from '../shared/validation';
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
  const [title, setTitle] = useState('');
  const [startsOn, setStartsOn] = useState(today);
  const [startTime, setStartTime] = useState('09:00');
  const [duration, setDuration] = useState('90');
  const [repeat, setRepeat] = useState<Repeat>('once');
  const [nth, setNth] = useState<(typeof nths)[number]>(
    String(weekdayOf(today).nth > 4 ? -1 : weekdayOf(today).nth) as '1',
  );
  const [weekday, setWeekday] = useState<(typeof weekdays)[number]>(String(weekdayOf(today).weekday) as '1');
  const [untilOn, setUntilOn] = useState('');
  const [openness, setOpenness] = useState<Openness>('open_to_all');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isSending, setSending] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) {
      setErrors({ title: t('validation.required') });
      return;
    }
    const recurrence =
      repeat === 'once'
        ? { kind: 'once' }
        : repeat === 'weekly'
          ? { kind: 'weekly', everyWeeks: 1 }
          : { kind: 'monthly_nth_weekday', nth: Number(nth), weekday: Number(weekday) };
    setSending(true);
    setFailure(null);
    try {
      await api.post('/api/planned-activities', {
        organizationId,
        title: title.trim(),
        openness,
        startsOn,
        ...(untilOn && repeat !== 'once' ? { untilOn } : {}),
        startTime,
        durationMinutes: Number(duration) || 0,
        recurrence,
      });
      navigate(`/organizations/${organizationId}`);
    } catch (error) {
      const apiError = asApiError(error);
      setErrors(fieldErrorsFromServer(apiError.fields));
      setFailure(apiError.message);
      setSending(false);
    }
  }

  return (
    <article className="page page--narrow plan-page" data-testid="plan-activity-page">
      <header className="page-header">
        <h1>{t('activities.planForm.title')}</h1>
      </header>
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField
          label={t('activities.planForm.titleLabel')}
          value={title}
          onChange={setTitle}
          error={errors.title}
          maxLength={100}
          required
          testId="plan-title"
        />
        <TextField
          label={t('activities.planForm.startsOn')}
          type="date"
          value={startsOn}
          onChange={setStartsOn}
          error={errors.startsOn}
          testId="plan-starts-on"
        />
        <div className="time-pair">
          <TextField
            label={t('activities.planForm.startTime')}
            type="time"
            value={startTime}
            onChange={setStartTime}
            error={errors.startTime}
            testId="plan-start-time"
          />
          <TextField
            label={t('activities.planForm.duration')}
            inputMode="numeric"
            value={duration}
            onChange={setDuration}
            error={errors.durationMinutes}
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
          onChange={setRepeat}
          testId="plan-repeat"
        />
        {repeat === 'monthly_nth_weekday' && (
          <div className="time-pair">
            <label className="field">
              {t('activities.planForm.nth')}
              <select value={nth} data-testid="plan-nth" onChange={(event) => setNth(event.target.value as '1')}>
                {nths.map((value) => (
                  <option key={value} value={value}>
                    {t(`activities.planForm.nthValue.${value}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              {t('activities.planForm.weekday')}
              <select
                value={weekday}
                data-testid="plan-weekday"
                onChange={(event) => setWeekday(event.target.value as '1')}
              >
                {weekdays.map((value) => (
                  <option key={value} value={value}>
                    {t(`activities.planForm.weekdays.${value}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
        )}
        {repeat !== 'once' && (
          <TextField
            label={t('activities.planForm.untilOn')}
            type="date"
            value={untilOn}
            onChange={setUntilOn}
            error={errors.untilOn}
            testId="plan-until"
          />
        )}
        <ChoiceCards
          legend={t('activities.form.openness')}
          name="openness"
          value={openness}
          options={(['members_only', 'invited', 'open_to_all'] as const).map((value) => ({
            value,
            label: t(`activities.opennessLabel.${value}`),
            help: t(`activities.form.opennessHelp.${value}`),
          }))}
          onChange={setOpenness}
          testId="plan-openness"
        />
        {failure && (
          <p className="field__error" role="alert">
            {failure}
          </p>
        )}
        <button
          type="submit"
          className="button button--primary button--block"
          disabled={isSending}
          data-testid="plan-submit"
        >
          {t('activities.planForm.submit')}
        </button>
      </form>
    </article>
  );
}
