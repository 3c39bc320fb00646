import type { ActivityDetail, ActivityVolunteerHours as ActivityHours, VolunteerHoursRecord } from '@seedbed/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError } from '../shared/api';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { type FieldErrors, fieldErrorsFromServer } from '../shared/validation';
import { HoursList, HoursTotalsView } from './hours-list';
import { UnlinkedVolunteers } from './link-volunteer';
import './volunteering.css';

const readerRoles = new Set([
  'admin',
  'incubator_staff',
  'incubator_assistant',
  'organization_leader',
  'community_official',
  'street_official',
]);
const recorderRoles = new Set(['admin', 'incubator_staff', 'organization_leader']);
const staffRoles = new Set(['admin', 'incubator_staff']);

/**
 * Volunteer hours recorded at one activity (volunteering slice), on the activity page: who served,
 * minutes and basis, who is still on duty, the volunteer link /v/:code, and "补录时长" with its
 * required reason for the leader or staff.
 */
export function ActivityVolunteerHours({ activity, onChanged }: { activity: ActivityDetail; onChanged: () => void }) {
  const user = useUser();
  if (!readerRoles.has(user.role) || activity.mergedIntoId) return null;
  return <ActivityHoursSection activity={activity} role={user.role} onChanged={onChanged} />;
}

function ActivityHoursSection({
  activity,
  role,
  onChanged,
}: {
  activity: ActivityDetail;
  role: string;
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
  const canRecord = recorderRoles.has(role);
  return (
    <section className="card" aria-labelledby="activity-hours-title" data-testid="activity-volunteer-hours">
      <h2 id="activity-hours-title">{t('volunteering.activity.title')}</h2>
      <p className="muted">
        {t('volunteering.activity.qrHint')}{' '}
        <a className="volunteer-page__link" href={link} data-testid="volunteer-link">
          {link}
        </a>
      </p>
      {hours.onDuty.length > 0 && (
        <p data-testid="volunteers-on-duty">
          {t('volunteering.activity.onDuty', { names: hours.onDuty.map((v) => v.name).join('、') })}
        </p>
      )}
      <HoursTotalsView totals={hours.totals} />
      <HoursList
        items={hours.items}
        canConfirm={staffRoles.has(role)}
        canCorrect={canRecord}
        show="activity"
        onChanged={changed}
      />
      {canRecord && <UnlinkedVolunteers items={hours.items} onChanged={changed} />}
      {canRecord && (
        <EnterHoursForm activity={activity} isStaff={staffRoles.has(role)} items={hours.items} onSaved={changed} />
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
  const [personId, setPersonId] = useState('');
  const [minutes, setMinutes] = useState('');
  const [serviceRole, setServiceRole] = useState('');
  const [reason, setReason] = useState('');
  const [observed, setObserved] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isSending, setSending] = useState(false);
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

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setNotice(null);
    const problems: FieldErrors = {};
    const parsedMinutes = Number(minutes);
    if (!personId) problems.personId = t('validation.required');
    if (!Number.isInteger(parsedMinutes) || parsedMinutes < 1 || parsedMinutes > 1440)
      problems.minutes = t('validation.invalid');
    if (!reason.trim()) problems.reason = t('validation.required');
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setSending(true);
    try {
      await api.post(`/api/activities/${activity.id}/volunteer-hours`, {
        personId,
        minutes: parsedMinutes,
        serviceRole: serviceRole.trim(),
        reason: reason.trim(),
        observedByStaff: observed,
      });
      setNotice(t('volunteering.activity.saved'));
      setPersonId('');
      setMinutes('');
      setServiceRole('');
      setReason('');
      onSaved();
    } catch (error) {
      const apiError = asApiError(error);
      setErrors(fieldErrorsFromServer(apiError.fields));
      setFailure(apiError.message);
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="form hours-form" onSubmit={onSubmit} noValidate data-testid="hours-enter-form">
      <h3>{t('volunteering.activity.enter')}</h3>
      <div className={errors.personId ? 'field field--invalid' : 'field'}>
        <label htmlFor="hours-person">{t('volunteering.activity.person')}</label>
        <select
          id="hours-person"
          value={personId}
          onChange={(event) => setPersonId(event.target.value)}
          data-testid="hours-person"
        >
          <option value="">{t('volunteering.activity.choosePerson')}</option>
          {people.map((person) => (
            <option key={person.personId} value={person.personId}>
              {person.name}
            </option>
          ))}
        </select>
        {errors.personId && <p className="field__error">{errors.personId}</p>}
      </div>
      <TextField
        label={t('volunteering.activity.minutes')}
        value={minutes}
        onChange={setMinutes}
        error={errors.minutes}
        inputMode="numeric"
        required
        testId="hours-minutes"
      />
      <TextField
        label={t('volunteering.activity.role')}
        value={serviceRole}
        onChange={setServiceRole}
        maxLength={40}
        testId="hours-role"
      />
      <TextField
        label={t('volunteering.activity.reason')}
        value={reason}
        onChange={setReason}
        error={errors.reason}
        hint={t('volunteering.activity.reasonHint')}
        maxLength={500}
        required
        testId="hours-reason"
      />
      {isStaff && activity.trackingLogCount > 0 && (
        <label className="check check--big">
          <input
            type="checkbox"
            checked={observed}
            onChange={(event) => setObserved(event.target.checked)}
            data-testid="hours-observed"
          />
          {t('volunteering.activity.observed')}
        </label>
      )}
      {failure && (
        <p className="field__error" role="alert">
          {failure}
        </p>
      )}
      {notice && (
        <p className="success" role="status">
          {notice}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={isSending} data-testid="hours-save">
        {t('volunteering.activity.save')}
      </button>
    </form>
  );
}
