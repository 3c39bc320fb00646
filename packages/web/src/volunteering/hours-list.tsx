import { type HoursTotals, type VolunteerHoursRecord, volunteerHoursCorrectionSchema } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { formInput } from '../shared/form-input';
import { TextField } from '../shared/text-field';
import { useSchemaForm, useSubmission } from '../shared/use-schema-form';
import { formatMinutes } from './hours-format';
import './volunteering.css';

/** Totals kept apart: proven vs entered afterwards, confirmed vs waiting (民政部令第67号). */
export function HoursTotalsView({ totals }: { totals: HoursTotals }) {
  const { t } = useTranslation();
  const tiles: [string, number, string][] = [
    ['proven', totals.proven, t('volunteering.totals.proven')],
    ['entered-confirmed', totals.enteredConfirmed, t('volunteering.totals.enteredConfirmed')],
    ['entered-unconfirmed', totals.enteredUnconfirmed, t('volunteering.totals.enteredUnconfirmed')],
    ['total', totals.total, t('volunteering.totals.total')],
  ];
  return (
    <dl className="hours-totals" data-testid="hours-totals">
      {tiles.map(([key, minutes, label]) => (
        <div key={key} className={`hours-totals__tile hours-totals__tile--${key}`} data-testid={`hours-total-${key}`}>
          <dt>{label}</dt>
          <dd>{formatMinutes(minutes, t)}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Records, newest first: each with its basis, and for entries made afterwards who entered them,
 * why, and whether staff have confirmed; staff get a "确认" button on waiting ones.
 */
export function HoursList({
  items,
  canConfirm,
  canCorrect = false,
  show,
  onChanged,
}: {
  items: VolunteerHoursRecord[];
  canConfirm: boolean;
  /** The recorder's side (leader, staff): a correction is a new version with a reason. */
  canCorrect?: boolean;
  show: 'activity' | 'person';
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="muted">{t('volunteering.empty')}</p>;
  return (
    <ul className="hours-list" data-testid="hours-list">
      {items.map((item) => (
        <HoursRow
          key={item.id}
          item={item}
          canConfirm={canConfirm}
          canCorrect={canCorrect}
          show={show}
          onChanged={onChanged}
        />
      ))}
    </ul>
  );
}

function HoursRow({
  item,
  canConfirm,
  canCorrect,
  show,
  onChanged,
}: {
  item: VolunteerHoursRecord;
  canConfirm: boolean;
  canCorrect: boolean;
  show: 'activity' | 'person';
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const confirmation = useSubmission();
  const isWaiting = item.basis === 'entered_afterwards' && !item.isConfirmed;

  async function confirm() {
    if (await confirmation.run(() => api.post(`/api/volunteer-hours/${item.id}/confirm`))) onChanged();
  }

  return (
    <li className={`hours-row hours-row--${item.basis}`} data-testid="hours-row" data-basis={item.basis}>
      <div className="hours-row__main">
        <span className="hours-row__who">
          {show === 'activity' ? item.volunteerName : `${item.activityDate} ${item.activityTitle}`}
        </span>
        <span className="hours-row__minutes">{formatMinutes(item.minutes, t)}</span>
      </div>
      <div className="hours-row__meta">
        <span className={`basis-tag basis-tag--${item.basis}`}>{t(`volunteering.basis.${item.basis}`)}</span>
        {show === 'person' && <span className="muted">{item.organizationName}</span>}
        {item.serviceRole && <span>{item.serviceRole}</span>}
        {item.personId === null && <span className="basis-tag">{t('volunteering.entry.unlinked')}</span>}
        {item.supersedesId && <span className="muted">{t('volunteering.entry.corrected')}</span>}
        {item.basis === 'entered_afterwards' && (
          <span className={isWaiting ? 'hours-row__waiting' : 'muted'} data-testid="hours-row-confirmation">
            {isWaiting ? t('volunteering.entry.unconfirmed') : t('volunteering.entry.confirmed')}
          </span>
        )}
      </div>
      {item.reason && (
        <p className="muted hours-row__reason">
          {t('volunteering.entry.reason', { reason: item.reason })}
          {item.enteredBy && ` · ${t('volunteering.entry.enteredBy', { name: item.enteredBy })}`}
        </p>
      )}
      {isWaiting && canConfirm && (
        <button
          type="button"
          className="button button--secondary"
          disabled={confirmation.isSubmitting}
          onClick={confirm}
          data-testid="hours-confirm"
        >
          {t('volunteering.confirm')}
        </button>
      )}
      {canCorrect && <CorrectionForm item={item} onChanged={onChanged} />}
      {confirmation.failure && (
        <p className="field__error" role="alert">
          {confirmation.failure}
        </p>
      )}
    </li>
  );
}

/** 更正: new minutes and the reason; the old version stays in the record (never a silent edit). */
function CorrectionForm({ item, onChanged }: { item: VolunteerHoursRecord; onChanged: () => void }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const form = useSchemaForm(
    volunteerHoursCorrectionSchema,
    { minutes: String(item.minutes), reason: '' },
    {
      toInput: (values) => formInput(values, volunteerHoursCorrectionSchema, { numbers: ['minutes'] }),
      send: (data) => api.post(`/api/volunteer-hours/${item.id}/correct`, data),
      onSaved: () => {
        setOpen(false);
        onChanged();
      },
    },
  );
  if (!isOpen)
    return (
      <button type="button" className="button button--link" onClick={() => setOpen(true)} data-testid="hours-correct">
        {t('volunteering.correct.open')}
      </button>
    );
  return (
    <form className="form hours-form" onSubmit={form.onSubmit} noValidate data-testid="hours-correct-form">
      <TextField label={t('volunteering.activity.minutes')} {...form.field('minutes')} inputMode="numeric" />
      <TextField
        label={t('volunteering.correct.reason')}
        {...form.field('reason')}
        hint={t('volunteering.correct.hint')}
      />
      <FormFooter state={form} label={t('volunteering.correct.save')} savedLabel="" testId="hours-correct-save" />
    </form>
  );
}
