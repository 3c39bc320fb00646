import {
  type ActivityDetail,
  type ActivityVolunteerHours as ActivityHours,
  can,
  type Standing,
  type VolunteerHoursRecord,
  volunteerHoursInputSchema,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { formInput } from '../shared/form-input';
import { SelectField } from '../shared/select-field';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSchemaForm } from '../shared/use-schema-form';
import { HoursList, HoursTotalsView } from './hours-list';
import { UnlinkedVolunteers } from './link-volunteer';
import { OnDutyVolunteers } from './on-duty';
import './volunteering.css';

/**
 * Volunteer hours recorded at one activity (volunteering slice), on the activity page: who served,
 * minutes and basis, who is still on duty, the volunteer link /v/:code, and "补录时长" with its
 * required reason for the leader or staff.
 */
export function ActivityVolunteerHours({ activity, onChanged }: { activity: ActivityDetail; onChanged: () => void }) {
  const user = useUser();
  if (!can(user, 'volunteering.read') || activity.mergedIntoId) return null;
  return <ActivityHoursSection activity={activity} role={user} onChanged={onChanged} />;
}

function ActivityHoursSection({
  activity,
  role,
  onChanged,
}: {
  activity: ActivityDetail;
  role: Standing;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { resource, reload } = useResource<ActivityHours>(`/api/activities/${activity.id}/volunteer-hours`);
  if (resource.status !== 'ready') return null;
  const hours = resource.data;
  const changed = () => {
    reload();
    onChanged();
  };
  const link = `${window.location.origin}/v/${encodeURIComponent(hours.signInCode)}`;
  const canRecord = can(role, 'volunteering.record');
  const canConfirm = can(role, 'volunteering.confirm');
  // Staff who saw the service themselves (a tracking visit) record it as proven, needing no confirmation.
  const canRecordObserved = can(role, 'volunteering.record_observed');
  return (
    <section className="card" aria-labelledby="activity-hours-title" data-testid="activity-volunteer-hours">
      <h2 id="activity-hours-title">{t('volunteering.activity.title')}</h2>
      <p className="muted">
        {t('volunteering.activity.qrHint')}{' '}
        <a className="volunteer-page__link" href={link} data-testid="volunteer-link">
          {link}
        </a>
      </p>
      <OnDutyVolunteers onDuty={hours.onDuty} canSignOut={canRecord} onChanged={changed} />
      <HoursTotalsView totals={hours.totals} />
      <HoursList
        items={hours.items}
        canConfirm={canConfirm}
        canCorrect={canRecord}
        show="activity"
        onChanged={changed}
      />
      {canRecord && <UnlinkedVolunteers items={hours.items} onChanged={changed} />}
      {canRecord && (
        <EnterHoursForm activity={activity} isStaff={canRecordObserved} items={hours.items} onSaved={changed} />
      )}
    </section>
  );
}

function EnterHoursForm({
  activity,
  isStaff,
  items,
  onSaved,
}: {
  activity: ActivityDetail;
  isStaff: boolean;
  items: VolunteerHoursRecord[];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const form = useSchemaForm(
    volunteerHoursInputSchema,
    { personId: '', minutes: '', serviceRole: '', reason: '', observedByStaff: false },
    {
      toInput: (values) => formInput(values, volunteerHoursInputSchema, { numbers: ['minutes'] }),
      send: (data) => api.post(`/api/activities/${activity.id}/volunteer-hours`, data),
      onSaved,
      afterSave: (values) => ({ ...values, personId: '', minutes: '', serviceRole: '', reason: '' }),
    },
  );
  const recorded = new Set(items.map((item) => item.personId));
  // Members listed on the record, organizers first; those already recorded are left out.
  const people = activity.participants
    .filter((p): p is typeof p & { personId: string } => p.personId !== null && !recorded.has(p.personId))
    .sort((a, b) => (a.role === b.role ? 0 : a.role === 'organizer' ? -1 : 1));

  if (!isOpen)
    return (
      <button
        type="button"
        className="button button--secondary"
        onClick={() => setOpen(true)}
        data-testid="hours-enter-open"
      >
        {t('volunteering.activity.enter')}
      </button>
    );

  return (
    <form className="form hours-form" onSubmit={form.onSubmit} noValidate data-testid="hours-enter-form">
      <h3>{t('volunteering.activity.enter')}</h3>
      <SelectField
        label={t('volunteering.activity.person')}
        {...form.field('personId')}
        placeholder={t('volunteering.activity.choosePerson')}
        options={people.map((person) => ({ value: person.personId, label: person.name }))}
        testId="hours-person"
      />
      <TextField
        label={t('volunteering.activity.minutes')}
        inputMode="numeric"
        {...form.field('minutes')}
        testId="hours-minutes"
      />
      <TextField label={t('volunteering.activity.role')} {...form.field('serviceRole')} testId="hours-role" />
      <TextField
        label={t('volunteering.activity.reason')}
        hint={t('volunteering.activity.reasonHint')}
        {...form.field('reason')}
        testId="hours-reason"
      />
      {isStaff && activity.trackingLogCount > 0 && (
        <label className="check check--big">
          <input
            type="checkbox"
            checked={form.values.observedByStaff}
            onChange={(event) => form.set('observedByStaff', event.target.checked)}
            data-testid="hours-observed"
          />
          {t('volunteering.activity.observed')}
        </label>
      )}
      <FormFooter
        state={form}
        label={t('volunteering.activity.save')}
        savedLabel={t('volunteering.activity.saved')}
        testId="hours-save"
      />
    </form>
  );
}
