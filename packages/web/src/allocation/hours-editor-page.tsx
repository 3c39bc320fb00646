import { type OpeningHours, type OpeningInterval, openingHoursInputSchema } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, asApiError } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import { weekdayKey } from './hours-text';
import './allocation.css';

/** The opening hours editor: each weekday's times, several a day, and the line for the door's notice. */
export function HoursEditorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  useDocumentTitle(t('allocation.hours.title'));
  const { resource, reload } = useResource<OpeningHours>(`/api/spaces/${encodeURIComponent(id)}/opening-hours`);
  return (
    <article className="page page--narrow" data-testid="hours-editor">
      <header className="page-header">
        <h1>{t('allocation.hours.title')}</h1>
      </header>
      <ResourceView resource={resource} onRetry={reload}>
        {(hours) => <HoursForm spaceId={id} hours={hours} />}
      </ResourceView>
    </article>
  );
}

function HoursForm({ spaceId, hours }: { spaceId: string; hours: OpeningHours }) {
  const { t } = useTranslation();
  const weekdayName = (weekday: number) => t(`allocation.weekday.${weekdayKey(weekday)}`);
  const [intervals, setIntervals] = useState<OpeningInterval[]>(hours.intervals);
  const [note, setNote] = useState(hours.note ?? '');
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [failure, setFailure] = useState<string | null>(null);
  const parsed = openingHoursInputSchema.safeParse({ intervals, note: note.trim() || undefined });
  const change = (index: number, patch: Partial<OpeningInterval>) =>
    setIntervals((all) => all.map((interval, i) => (i === index ? { ...interval, ...patch } : interval)));
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!parsed.success) return;
    setState('saving');
    setFailure(null);
    try {
      await api.put(`/api/spaces/${encodeURIComponent(spaceId)}/opening-hours`, parsed.data);
      setState('saved');
    } catch (error) {
      setFailure(asApiError(error).message);
      setState('idle');
    }
  };
  return (
    <form className="form allocation-form" noValidate onSubmit={save}>
      {[1, 2, 3, 4, 5, 6, 7].map((weekday) => (
        <fieldset key={weekday} className="card">
          <legend>{weekdayName(weekday)}</legend>
          {intervals.map((interval, index) =>
            interval.weekday !== weekday ? null : (
              // biome-ignore lint/suspicious/noArrayIndexKey: the intervals have no identity but their place.
              <div key={index} className="allocation-interval">
                <label className="field">
                  <span>{t('allocation.hours.opens')}</span>
                  <input
                    type="time"
                    value={interval.opens}
                    onChange={(e) => change(index, { opens: e.target.value })}
                  />
                </label>
                <label className="field">
                  <span>{t('allocation.hours.closes')}</span>
                  <input
                    type="time"
                    value={interval.closes}
                    onChange={(e) => change(index, { closes: e.target.value })}
                  />
                </label>
                <button
                  type="button"
                  className="button button--link"
                  onClick={() => setIntervals((all) => all.filter((_, i) => i !== index))}
                >
                  {t('allocation.hours.remove')}
                </button>
              </div>
            ),
          )}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setIntervals((all) => [...all, { weekday, opens: '09:00', closes: '12:00' }])}
            data-testid={`hours-add-${weekday}`}
          >
            {t('allocation.hours.add')}
          </button>
        </fieldset>
      ))}
      <label className="field">
        <span>{t('allocation.hours.note')}</span>
        <input value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} />
      </label>
      {failure && <ErrorNotice message={failure} />}
      <button
        type="submit"
        className="button button--primary button--block"
        disabled={!parsed.success || state === 'saving'}
        data-testid="hours-save"
      >
        {t('allocation.hours.save')}
      </button>
      {state === 'saved' && <p role="status">{t('allocation.hours.saved')}</p>}
    </form>
  );
}
