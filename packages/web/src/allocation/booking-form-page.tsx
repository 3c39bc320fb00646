import {
  type Availability,
  addDays,
  bookingInputSchema,
  can,
  type SpaceBooking,
  shanghaiDate,
  shanghaiDateTime,
} from '@seedbed/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { api, asApiError, isAbort } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { SearchSelect } from '../shared/search-select';
import { useUser } from '../shared/session';
import './allocation.css';
import { useTeamChoices } from './choices';

/**
 * 预约场地 on a leader's phone: the day, from, until, what for — and, as the times are picked, what
 * is already there (the clash check writes nothing), so a clash is seen before sending rather than
 * after. A leader books for their own team; staff and the committee pick a team (typed or chosen,
 * preset by ?organization=) or write a group's name. Every week for N weeks books the same slot weekly.
 */
export function BookingFormPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const user = useUser();
  useDocumentTitle(t('allocation.form.title'));
  const ownTeam = user.scopeKind === 'organization' ? user.scopeId : null;
  const [pickedTeam, setPickedTeam] = useState(search.get('organization') ?? '');
  const teams = useTeamChoices(null, ownTeam === null);
  const organizationId = ownTeam ?? (pickedTeam || null);
  const [date, setDate] = useState(search.get('date') ?? addDays(shanghaiDate(new Date()), 1));
  const [starts, setStarts] = useState('09:00');
  const [ends, setEnds] = useState('10:00');
  const [isWeekly, setIsWeekly] = useState(false);
  const [weeks, setWeeks] = useState('4');
  const [purpose, setPurpose] = useState('');
  const [groupName, setGroupName] = useState('');
  const [check, setCheck] = useState<Availability | 'checking' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);
  const repeatWeeks = isWeekly ? Number(weeks) || 1 : 1;
  const input = {
    date,
    starts,
    ends,
    repeatWeeks,
    purpose: purpose.trim(),
    ...(organizationId ? { organizationId } : { groupName: groupName.trim() }),
  };
  const parsed = bookingInputSchema.safeParse(input);
  const slotIsValid = date !== '' && starts < ends;

  useEffect(() => {
    if (!slotIsValid) return setCheck(null);
    const controller = new AbortController();
    setCheck('checking');
    const query = new URLSearchParams({ date, starts, ends, repeatWeeks: String(repeatWeeks) });
    const timer = setTimeout(() => {
      api
        .get<Availability>(`/api/spaces/${encodeURIComponent(id)}/availability?${query}`, { signal: controller.signal })
        .then(setCheck, (error: unknown) => {
          if (!isAbort(error)) setCheck(null);
        });
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [id, date, starts, ends, repeatWeeks, slotIsValid]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!parsed.success) return;
    setIsSending(true);
    setFailure(null);
    try {
      await api.post(`/api/spaces/${encodeURIComponent(id)}/bookings`, parsed.data);
      void navigate(`/spaces/${encodeURIComponent(id)}?week=${date}`);
    } catch (error) {
      setFailure(asApiError(error).message);
    } finally {
      setIsSending(false);
    }
  };

  const isBlocked =
    check !== null &&
    check !== 'checking' &&
    (check.clashes.length > 0 || check.occurrences.some((o) => !o.withinOpeningHours));
  return (
    <article className="page page--narrow" data-testid="booking-form">
      <header className="page-header">
        <h1>{t('allocation.form.title')}</h1>
      </header>
      <form className="form allocation-form" noValidate onSubmit={submit}>
        <label className="field">
          <span>{t('allocation.form.date')}</span>
          <input
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            required
            data-testid="booking-date"
          />
        </label>
        <div className="allocation-times">
          <label className="field">
            <span>{t('allocation.form.starts')}</span>
            <input
              type="time"
              step={900}
              value={starts}
              onChange={(e) => setStarts(e.target.value)}
              required
              data-testid="booking-starts"
            />
          </label>
          <label className="field">
            <span>{t('allocation.form.ends')}</span>
            <input
              type="time"
              step={900}
              value={ends}
              onChange={(e) => setEnds(e.target.value)}
              required
              data-testid="booking-ends"
            />
          </label>
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={isWeekly}
            onChange={(e) => setIsWeekly(e.target.checked)}
            data-testid="booking-weekly"
          />{' '}
          {t('allocation.form.repeat')}
        </label>
        {isWeekly && (
          <label className="field">
            <span>{t('allocation.form.repeatWeeks')}</span>
            <input
              type="number"
              min={2}
              max={26}
              inputMode="numeric"
              value={weeks}
              onChange={(e) => setWeeks(e.target.value)}
              data-testid="booking-weeks"
            />
          </label>
        )}
        <SlotCheck check={check} />
        <label className="field">
          <span>{t('allocation.form.purpose')}</span>
          <input
            value={purpose}
            maxLength={100}
            placeholder={t('allocation.form.purposeHint')}
            onChange={(e) => setPurpose(e.target.value)}
            required
            data-testid="booking-purpose"
          />
        </label>
        {ownTeam === null && (
          <SearchSelect
            label={t('allocation.form.forTeam')}
            value={pickedTeam}
            onChange={setPickedTeam}
            options={teams}
            placeholder={t('allocation.form.notATeam')}
            testId="booking-team"
          />
        )}
        {!organizationId && (
          <label className="field">
            <span>{t('allocation.form.groupName')}</span>
            <input
              value={groupName}
              maxLength={60}
              onChange={(e) => setGroupName(e.target.value)}
              required
              data-testid="booking-group"
            />
          </label>
        )}
        {!can(user, 'allocation.booking.decide') && <p className="muted">{t('allocation.form.requestedNote')}</p>}
        {failure && <ErrorNotice message={failure} />}
        <button
          type="submit"
          className="button button--primary button--block"
          disabled={!parsed.success || isBlocked || isSending}
          data-testid="booking-submit"
        >
          {t('allocation.form.submit')}
        </button>
      </form>
    </article>
  );
}

function bookingLine(booking: SpaceBooking): string {
  const start = shanghaiDateTime(new Date(booking.startsAt));
  const end = shanghaiDateTime(new Date(booking.endsAt)).slice(11);
  return `${start.slice(5)}–${end} ${booking.organizationName ?? booking.groupName ?? ''} · ${booking.purpose}`;
}

/** What the clash check found for the picked slot, in words. */
function SlotCheck({ check }: { check: Availability | 'checking' | null }) {
  const { t } = useTranslation();
  if (check === null) return null;
  if (check === 'checking')
    return (
      <p className="muted" aria-live="polite">
        {t('allocation.form.checking')}
      </p>
    );
  const outside = check.occurrences.filter((o) => !o.withinOpeningHours);
  if (check.clashes.length === 0 && outside.length === 0 && check.pendingClashes.length === 0)
    return (
      <p className="allocation-check allocation-check--free" aria-live="polite" data-testid="booking-free">
        {t('allocation.form.free')}
      </p>
    );
  return (
    <div className="allocation-check allocation-check--clash" aria-live="polite" data-testid="booking-clash">
      {check.clashes.length > 0 && (
        <>
          <p>{t('allocation.form.clash')}</p>
          <ul>
            {check.clashes.map((b) => (
              <li key={b.id}>{bookingLine(b)}</li>
            ))}
          </ul>
        </>
      )}
      {outside.length > 0 && (
        <p>
          {t('allocation.form.outside')}{' '}
          {outside.map((o) => shanghaiDateTime(new Date(o.startsAt)).slice(5)).join('、')}
        </p>
      )}
      {check.pendingClashes.length > 0 && (
        <>
          <p>{t('allocation.form.pending')}</p>
          <ul>
            {check.pendingClashes.map((b) => (
              <li key={b.id}>{bookingLine(b)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
