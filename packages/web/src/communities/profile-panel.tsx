import {
  type CommunitySurvey,
  communityEventInputSchema,
  communityProfileInputSchema,
  type EventSource,
  eventSources,
  shanghaiDate,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../shared/text-field';
import { FormFooter } from './form-footer';
import { SelectField, useOptions, useSurveySubmit } from './survey-fields';

const countFields = [
  'households',
  'residentPopulation',
  'localPopulation',
  'migrantPopulation',
  'childrenPopulation',
  'workingAgePopulation',
  'elderlyPopulation',
] as const;
type CountField = (typeof countFields)[number];

/** The community profile 社区概况: households, resident population 常住人口 and its structure, history. */
export function ProfilePanel({ survey, onSaved }: { survey: CommunitySurvey; onSaved: (s: CommunitySurvey) => void }) {
  const { t } = useTranslation();
  const profile = survey.profile;
  const [values, setValues] = useState<Record<CountField, string>>(
    () => Object.fromEntries(countFields.map((f) => [f, profile[f]?.toString() ?? ''])) as Record<CountField, string>,
  );
  const [notes, setNotes] = useState(profile.profileNotes ?? '');
  const form = useSurveySubmit(onSaved);

  function submit() {
    const body: Record<string, unknown> = { profileNotes: notes.trim() || null };
    for (const field of countFields) {
      const raw = values[field].trim();
      body[field] = raw === '' ? null : /^\d+$/.test(raw) ? Number(raw) : raw;
    }
    return form.send(
      'patch',
      `/api/communities/${survey.communityId}/profile`,
      communityProfileInputSchema.safeParse(body),
    );
  }

  return (
    <div className="survey-panel">
      {survey.canEditProfile ? (
        <form className="form card" data-testid="community-profile-form" noValidate onSubmit={form.handler(submit)}>
          {countFields.map((field) => (
            <TextField
              key={field}
              label={t(`survey.profile.${field}`)}
              name={field}
              inputMode="numeric"
              value={values[field]}
              onChange={(value) => setValues((old) => ({ ...old, [field]: value }))}
              error={form.errors[field]}
              testId={`profile-${field}`}
            />
          ))}
          <TextField
            label={t('survey.profile.profileNotes')}
            multiline
            maxLength={5000}
            value={notes}
            onChange={setNotes}
            error={form.errors.profileNotes}
            testId="profile-notes"
          />
          <FormFooter {...form} label={t('survey.save')} testId="community-profile-submit" />
        </form>
      ) : (
        <dl className="facts card" data-testid="community-profile">
          {countFields.map((field) => (
            <div className="facts__row" key={field}>
              <dt>{t(`survey.profile.${field}`)}</dt>
              <dd>{profile[field] ?? t('common.empty')}</dd>
            </div>
          ))}
          <div className="facts__row">
            <dt>{t('survey.profile.profileNotes')}</dt>
            <dd>{profile.profileNotes || t('common.empty')}</dd>
          </div>
        </dl>
      )}
      <p>
        <span className="label">{t('survey.profile.attitude')}</span>{' '}
        <strong data-testid="profile-attitude">
          {profile.committeeAttitude ? t(`committeeAttitude.${profile.committeeAttitude}`) : t('common.empty')}
        </strong>
      </p>
      <History survey={survey} onSaved={onSaved} />
    </div>
  );
}

function History({ survey, onSaved }: { survey: CommunitySurvey; onSaved: (s: CommunitySurvey) => void }) {
  const { t } = useTranslation();
  // Dates of a record default to today (in China); an older event's date is typed over it.
  const [happenedOn, setHappenedOn] = useState(() => shanghaiDate(new Date()));
  const [title, setTitle] = useState('');
  const [source, setSource] = useState<EventSource | ''>('');
  const form = useSurveySubmit(onSaved);
  const sources = useOptions(eventSources, 'survey.eventSource');

  async function submit() {
    const parsed = communityEventInputSchema.safeParse({ happenedOn, title, source: source || undefined });
    if (await form.send('post', `/api/communities/${survey.communityId}/events`, parsed)) setTitle('');
  }

  return (
    <section aria-labelledby="history-title">
      <h3 id="history-title">{t('survey.profile.history')}</h3>
      {survey.events.length === 0 ? (
        <p className="muted">{t('survey.none')}</p>
      ) : (
        <ul className="timeline" data-testid="community-events">
          {survey.events.map((event) => (
            <li key={event.id} data-testid="community-event">
              <time dateTime={event.happenedOn}>{event.happenedOn}</time> {event.title}{' '}
              <span className="muted">（{t(`survey.eventSource.${event.source}`)}）</span>
            </li>
          ))}
        </ul>
      )}
      {survey.canEditProfile && (
        <form className="form" data-testid="event-form" noValidate onSubmit={form.handler(submit)}>
          <TextField
            label={t('survey.profile.eventDate')}
            type="date"
            value={happenedOn}
            onChange={setHappenedOn}
            error={form.errors.happenedOn}
            required
          />
          <TextField
            label={t('survey.profile.eventTitle')}
            value={title}
            maxLength={200}
            onChange={setTitle}
            error={form.errors.title}
            required
          />
          <SelectField
            label={t('survey.profile.eventSource')}
            value={source}
            options={sources}
            onChange={setSource}
            error={form.errors.source}
            required
          />
          <FormFooter {...form} label={t('survey.profile.addEvent')} testId="event-submit" />
        </form>
      )}
    </section>
  );
}
