import { shanghaiDate, type TrackingLogInput, trackingLogInputSchema } from '@seedbed/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError } from '../../shared/api';
import { ErrorNotice } from '../../shared/error-notice';
import { SelectField } from '../../shared/select-field';
import { TextField } from '../../shared/text-field';
import { type FieldErrors, fieldErrorsFromIssues, fieldErrorsFromServer } from '../../shared/validation';
import { sentPhotoSide, shrinkPhoto } from '../shrink-photo';
import './tracking.css';

/** Shanghai wall-clock parts of an instant: 'YYYY-MM-DD' and 'HH:MM'. */
export function shanghaiParts(iso: string): { date: string; time: string } {
  const shifted = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return { date: shanghaiDate(new Date(iso)), time: shifted.slice(11, 16) };
}

const instant = (date: string, time: string) => `${date}T${time}:00+08:00`;

export interface TrackingLogDefaults {
  organizationId?: string;
  date?: string;
  from?: string;
  to?: string;
  place?: string;
  observed?: string;
}

/**
 * The tracking log 追踪日志 form (seed 002's fields): organization, day and span, place, the
 * activity observed, process record, feelings, cultivation ideas, photos. Short and phone-friendly:
 * only the organization, the span and one line are required. `submit` sends the log (the caller
 * knows the route) and answers the activity the photos go to and the new log's id — or null when
 * the caller handles the answer itself (several activities matched).
 */
export function TrackingLogForm({
  defaults,
  organizations,
  submit,
  onSaved,
  testId,
}: {
  defaults: TrackingLogDefaults;
  /** Choices for the organization tracked; one fixed choice hides the picker. */
  organizations: readonly { id: string; name: string }[];
  submit: (
    input: TrackingLogInput & { organizationId: string },
  ) => Promise<{ activityId: string; logId: string } | null>;
  /** After the log and its photos were sent; `failedPhotos` did not upload (the log is kept). */
  onSaved?: (result: { failedPhotos: number }) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const today = shanghaiDate(new Date());
  const [organizationId, setOrganization] = useState(defaults.organizationId ?? organizations[0]?.id ?? '');
  const [date, setDate] = useState(defaults.date ?? today);
  const [from, setFrom] = useState(defaults.from ?? '09:00');
  const [to, setTo] = useState(defaults.to ?? '10:00');
  const [place, setPlace] = useState(defaults.place ?? '');
  const [observed, setObserved] = useState(defaults.observed ?? '');
  const [processRecord, setProcessRecord] = useState('');
  const [feelings, setFeelings] = useState('');
  const [cultivationIdeas, setIdeas] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    setNotice(null);
    const parsed = trackingLogInputSchema.safeParse({
      organizationId: organizationId || undefined,
      observedStartsAt: instant(date, from),
      observedEndsAt: instant(date, to),
      ...(place.trim() && { placeText: place.trim() }),
      observed,
      processRecord,
      ...(feelings.trim() && { feelings }),
      ...(cultivationIdeas.trim() && { cultivationIdeas }),
    });
    if (!parsed.success || !organizationId) {
      setErrors({
        ...(parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues, t)),
        ...(!organizationId && { organizationId: t('tracking.form.chooseOrganization') }),
      });
      return;
    }
    if (to < from) {
      setErrors({ observedEndsAt: t('tracking.form.endBeforeStart') });
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = await submit({ ...parsed.data, organizationId });
      if (saved) {
        let failed = 0;
        for (const photo of photos) {
          try {
            // Shrunk on the phone like the leader's photos, so a weak connection carries them.
            await api.post(
              `/api/activities/${saved.activityId}/photos?trackingLogId=${encodeURIComponent(saved.logId)}`,
              await shrinkPhoto(photo, sentPhotoSide.photo),
            );
          } catch {
            failed += 1;
          }
        }
        setNotice(failed > 0 ? t('tracking.form.photosFailed', { count: failed }) : t('tracking.form.saved'));
        setProcessRecord('');
        setFeelings('');
        setIdeas('');
        setPhotos([]);
        onSaved?.({ failedPhotos: failed });
      }
    } catch (error) {
      const apiError = asApiError(error);
      setErrors(fieldErrorsFromServer(apiError.fields));
      setFailure(apiError.message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="form tracking-form" data-testid={testId} noValidate onSubmit={onSubmit}>
      {organizations.length > 1 && (
        <SelectField
          label={t('tracking.form.organization')}
          value={organizationId}
          onChange={setOrganization}
          options={organizations.map((o) => ({ value: o.id, label: o.name }))}
          placeholder={t('tracking.form.chooseOrganization')}
          error={errors.organizationId}
          required
          testId="tracking-form-organization"
        />
      )}
      <div className="tracking-form__span">
        <TextField
          label={t('tracking.form.date')}
          type="date"
          value={date}
          onChange={setDate}
          required
          testId="tracking-form-date"
        />
        <TextField
          label={t('tracking.form.from')}
          type="time"
          value={from}
          onChange={setFrom}
          error={errors.observedStartsAt}
          required
          testId="tracking-form-from"
        />
        <TextField
          label={t('tracking.form.to')}
          type="time"
          value={to}
          onChange={setTo}
          error={errors.observedEndsAt}
          required
          testId="tracking-form-to"
        />
      </div>
      <TextField
        label={t('tracking.form.observed')}
        hint={t('tracking.form.observedHint')}
        value={observed}
        onChange={setObserved}
        error={errors.observed}
        required
        maxLength={100}
        testId="tracking-form-observed"
      />
      <TextField
        label={t('tracking.form.place')}
        value={place}
        onChange={setPlace}
        error={errors.placeText}
        maxLength={200}
        testId="tracking-form-place"
      />
      <TextField
        label={t('tracking.form.processRecord')}
        value={processRecord}
        onChange={setProcessRecord}
        error={errors.processRecord}
        multiline
        maxLength={5000}
        testId="tracking-form-process"
      />
      <TextField
        label={t('tracking.form.feelings')}
        value={feelings}
        onChange={setFeelings}
        error={errors.feelings}
        multiline
        maxLength={5000}
        testId="tracking-form-feelings"
      />
      <TextField
        label={t('tracking.form.cultivationIdeas')}
        hint={t('tracking.form.cultivationHint')}
        value={cultivationIdeas}
        onChange={setIdeas}
        error={errors.cultivationIdeas}
        multiline
        maxLength={5000}
        testId="tracking-form-ideas"
      />
      <div className="field">
        <label htmlFor={`${testId}-photos`}>{t('tracking.form.photos')}</label>
        <input
          id={`${testId}-photos`}
          type="file"
          accept="image/jpeg,image/png,image/webp"
          multiple
          data-testid="tracking-form-photos"
          onChange={(event) => setPhotos([...(event.target.files ?? [])].slice(0, 5))}
        />
      </div>
      {failure && <ErrorNotice message={failure} />}
      {notice && (
        <p className="tracking-notice" role="status" data-testid="tracking-form-notice">
          {notice}
        </p>
      )}
      <div className="form__actions">
        <button className="button button--primary" type="submit" disabled={isSaving} data-testid="tracking-form-save">
          {isSaving ? t('tracking.form.saving') : t('tracking.form.save')}
        </button>
      </div>
    </form>
  );
}
