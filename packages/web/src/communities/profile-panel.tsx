import {
  type CommunitySurvey,
  communityEventInputSchema,
  communityProfileInputSchema,
  type EventSource,
  eventSources,
  shanghaiDate,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../shared/form-footer';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';
import { SelectField, sendSurvey, useOptions } from './survey-fields';

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
  const form = useSchemaForm(
    communityProfileInputSchema,
    {
      ...(Object.fromEntries(countFields.map((f) => [f, profile[f]?.toString() ?? ''])) as Record<CountField, string>),
      profileNotes: profile.profileNotes ?? '',
    },
    {
      toInput: (values) => {
        const body: Record<string, unknown> = { profileNotes: values.profileNotes.trim() || null };
        for (const field of countFields) {
          const raw = values[field].trim();
          body[field] = raw === '' ? null : /^\d+$/.test(raw) ? Number(raw) : raw;
        }
        return body;
      },
      send: sendSurvey('patch', `/api/communities/${survey.communityId}/profile`),
      onSaved,
    },
  );

  return (
    <div className="survey-panel">
      {survey.canEditProfile ? (
        <form className="form card" data-testid="community-profile-form" noValidate onSubmit={form.onSubmit}>
          {countFields.map((field) => (
            <TextField
              key={field}
              label={t(`communities.profile.${field}`)}
              name={field}
              inputMode="numeric"
              {...form.field(field)}
              testId={`profile-${field}`}
            />
          ))}
          <TextField
            label={t('communities.profile.profileNotes')}
            multiline
            {...form.field('profileNotes')}
            testId="profile-notes"
          />
          <FormFooter state={form} label={t('communities.save')} testId="community-profile-submit" />
        </form>
      ) : (
        <dl className="facts card" data-testid="community-profile">
          {countFields.map((field) => (
            <div className="facts__row" key={field}>
              <dt>{t(`communities.profile.${field}`)}</dt>
              <dd>{profile[field] ?? t('common.empty')}</dd>
            </div>
          ))}
          <div className="facts__row">
            <dt>{t('communities.profile.profileNotes')}</dt>
            <dd>{profile.profileNotes || t('common.empty')}</dd>
          </div>
        </dl>
      )}
      {/* Absent for all but the incubator (core's surveyAsSeenBy). */}
      {profile.committeeAttitude !== undefined && (
        <p>
          <span className="label">{t('communities.profile.attitude')}</span>{' '}
          <strong data-testid="profile-attitude">
            {profile.committeeAttitude ? t(`committeeAttitude.${profile.committeeAttitude}`) : t('common.empty')}
          </strong>
        </p>
      )}
      <History survey={survey} onSaved={onSaved} />
    </div>
  );
}

function History({ survey, onSaved }: { survey: CommunitySurvey; onSaved: (s: CommunitySurvey) => void }) {
  const { t } = useTranslation();
  // Dates of a record default to today (in China); an older event's date is typed over it.
  const form = useSchemaForm(
    communityEventInputSchema,
    { happenedOn: shanghaiDate(new Date()), title: '', source: '' as EventSource | '' },
    {
      toInput: (values) => ({ ...values, source: values.source || undefined }),
      send: sendSurvey('post', `/api/communities/${survey.communityId}/events`),
      onSaved,
      afterSave: (values) => ({ ...values, title: '' }),
    },
  );
  const sources = useOptions(eventSources, 'communities.eventSource');

  return (
    <section aria-labelledby="history-title">
      <h3 id="history-title">{t('communities.profile.history')}</h3>
      {survey.events.length === 0 ? (
        <p className="muted">{t('communities.none')}</p>
      ) : (
        <ul className="timeline" data-testid="community-events">
          {survey.events.map((event) => (
            <li key={event.id} data-testid="community-event">
              <time dateTime={event.happenedOn}>{event.happenedOn}</time> {event.title}{' '}
              <span className="muted">（{t(`communities.eventSource.${event.source}`)}）</span>
            </li>
          ))}
        </ul>
      )}
      {survey.canEditProfile && (
        <form className="form" data-testid="event-form" noValidate onSubmit={form.onSubmit}>
          <TextField label={t('communities.profile.eventDate')} type="date" {...form.field('happenedOn')} />
          <TextField label={t('communities.profile.eventTitle')} {...form.field('title')} />
          <SelectField label={t('communities.profile.eventSource')} options={sources} {...form.field('source')} />
          <FormFooter state={form} label={t('communities.profile.addEvent')} testId="event-submit" />
        </form>
      )}
    </section>
  );
}
