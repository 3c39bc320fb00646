import { shanghaiDate, shanghaiInstantText, type TrackingLogInput, trackingVisitInputSchema } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { SearchSelect } from '../shared/search-select';
import { sentPhotoSide, shrinkPhoto } from '../shared/shrink-photo';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';
import './tracking.css';

/** Shanghai wall-clock parts of an instant: 'YYYY-MM-DD' and 'HH:MM'. */
export function shanghaiParts(iso: string): { date: string; time: string } {
  const shifted = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return { date: shanghaiDate(new Date(iso)), time: shifted.slice(11, 16) };
}

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
  const [notice, setNotice] = useState<string | null>(null);
  // The visit schema: like a log's, with the organization required (a log is always of one).
  const form = useSchemaForm(
    trackingVisitInputSchema,
    {
      organizationId: defaults.organizationId ?? organizations[0]?.id ?? '',
      date: defaults.date ?? today,
      from: defaults.from ?? '09:00',
      to: defaults.to ?? '10:00',
      place: defaults.place ?? '',
      observed: defaults.observed ?? '',
      processRecord: '',
      feelings: '',
      cultivationIdeas: '',
      photos: [] as File[],
    },
    {
      toInput: ({ organizationId, date, from, to, place, observed, processRecord, feelings, cultivationIdeas }) => ({
        organizationId: organizationId || undefined,
        observedStartsAt: shanghaiInstantText(date, from),
        observedEndsAt: shanghaiInstantText(date, to),
        ...(place.trim() && { placeText: place.trim() }),
        observed,
        processRecord,
        ...(feelings.trim() && { feelings }),
        ...(cultivationIdeas.trim() && { cultivationIdeas }),
      }),
      check: ({ from, to }) => (to < from ? { observedEndsAt: t('tracking.form.endBeforeStart') } : {}),
      fieldMessages: { organizationId: t('tracking.form.chooseOrganization') },
      send: async (data, { photos }) => {
        const saved = await submit(data);
        if (!saved) return null;
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
        return { failedPhotos: failed };
      },
      onSaved: (result) => {
        if (!result) return;
        setNotice(
          result.failedPhotos > 0
            ? t('tracking.form.photosFailed', { count: result.failedPhotos })
            : t('tracking.form.saved'),
        );
        onSaved?.(result);
      },
      afterSave: (values, result) =>
        result ? { ...values, processRecord: '', feelings: '', cultivationIdeas: '', photos: [] } : values,
    },
  );

  return (
    <form className="form tracking-form" data-testid={testId} noValidate onSubmit={form.onSubmit}>
      {organizations.length > 1 && (
        <SearchSelect
          label={t('tracking.form.organization')}
          {...form.field('organizationId')}
          options={organizations.map((o) => ({ value: o.id, label: o.name }))}
          placeholder={t('tracking.form.chooseOrganization')}
          required
          testId="tracking-form-organization"
        />
      )}
      <div className="tracking-form__span">
        <TextField
          label={t('tracking.form.date')}
          type="date"
          {...form.field('date')}
          required
          testId="tracking-form-date"
        />
        <TextField
          label={t('tracking.form.from')}
          type="time"
          {...form.field('from')}
          error={form.errors.observedStartsAt}
          required
          testId="tracking-form-from"
        />
        <TextField
          label={t('tracking.form.to')}
          type="time"
          {...form.field('to')}
          error={form.errors.observedEndsAt}
          required
          testId="tracking-form-to"
        />
      </div>
      <TextField
        label={t('tracking.form.observed')}
        hint={t('tracking.form.observedHint')}
        {...form.field('observed')}
        testId="tracking-form-observed"
      />
      <TextField
        label={t('tracking.form.place')}
        {...form.field('place')}
        {...form.constraints('placeText')}
        error={form.errors.placeText}
        testId="tracking-form-place"
      />
      <TextField
        label={t('tracking.form.processRecord')}
        {...form.field('processRecord')}
        multiline
        testId="tracking-form-process"
      />
      <TextField
        label={t('tracking.form.feelings')}
        {...form.field('feelings')}
        multiline
        testId="tracking-form-feelings"
      />
      <TextField
        label={t('tracking.form.cultivationIdeas')}
        hint={t('tracking.form.cultivationHint')}
        {...form.field('cultivationIdeas')}
        multiline
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
          onChange={(event) => form.set('photos', [...(event.target.files ?? [])].slice(0, 5))}
        />
      </div>
      <FormFooter
        state={form}
        label={t('tracking.form.save')}
        savingLabel={t('tracking.form.saving')}
        savedLabel={notice ?? ''}
        testId="tracking-form-save"
        statusTestId="tracking-form-notice"
      />
    </form>
  );
}
