import {
  addDays,
  can,
  type OpeningHours,
  type SpaceBooking,
  shanghaiDate,
  shanghaiDateTime,
  weekdayOf,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { useWrite } from '../shared/use-write';
import { hoursLines, weekdayKey } from './hours-text';
import './allocation.css';

/**
 * A space's week: each day's bookings in time order with their state — a request waits in
 * italics, a declined or cancelled one is struck through — so everyone sees who has the room when.
 * The space's managers confirm or decline requests here; a leader cancels the team's own.
 */
export function SpaceWeekPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const user = useUser();
  useDocumentTitle(t('allocation.spacesTitle'));
  const asked = search.get('week') ?? shanghaiDate(new Date());
  const monday = addDays(asked, 1 - weekdayOf(asked));
  const sunday = addDays(monday, 6);
  const space = encodeURIComponent(id);
  const { resource, reload, refresh } = useResource<{ bookings: SpaceBooking[] }>(
    `/api/spaces/${space}/bookings?from=${monday}&to=${sunday}`,
  );
  const hours = useResource<OpeningHours>(`/api/spaces/${space}/opening-hours`);
  const weekdayName = (weekday: number) => t(`allocation.weekday.${weekdayKey(weekday)}`);
  const goTo = (day: string) => setSearch({ week: day });
  return (
    <article className="page page--narrow" data-testid="space-week">
      <header className="page-header">
        <h1>
          {monday} – {sunday.slice(5)}
        </h1>
      </header>
      {hours.resource.status === 'ready' && (
        <ul className="allocation-hours" data-testid="space-hours">
          {hoursLines(hours.resource.data.intervals, weekdayName, '、').map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <nav className="allocation-nav">
        <button type="button" className="button button--secondary" onClick={() => goTo(addDays(monday, -7))}>
          {t('allocation.week.previous')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => goTo(shanghaiDate(new Date()))}>
          {t('allocation.week.thisWeek')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => goTo(addDays(monday, 7))}>
          {t('allocation.week.next')}
        </button>
      </nav>
      {can(user, 'allocation.booking.create') && (
        <Link
          className="button button--primary button--block"
          to={`/spaces/${space}/book?date=${monday}`}
          data-testid="week-book"
        >
          {t('allocation.book')}
        </Link>
      )}
      <ResourceView resource={resource} onRetry={reload}>
        {({ bookings }) => (
          <div className="allocation-week">
            {[0, 1, 2, 3, 4, 5, 6].map((offset) => {
              const day = addDays(monday, offset);
              const ofDay = bookings.filter((b) => shanghaiDate(new Date(b.startsAt)) === day);
              return (
                <section key={day} className="card allocation-day" data-testid="week-day">
                  <h3>
                    {weekdayName(weekdayOf(day))} {day.slice(5)}
                  </h3>
                  {ofDay.length === 0 ? (
                    <p className="muted">{t('allocation.week.empty')}</p>
                  ) : (
                    ofDay.map((booking) => <BookingLine key={booking.id} booking={booking} onChanged={refresh} />)
                  )}
                </section>
              );
            })}
          </div>
        )}
      </ResourceView>
      {can(user, 'allocation.hours.write') && (
        <p className="allocation-links">
          <Link to={`/spaces/${space}/hours`}>{t('allocation.editHours')}</Link>
        </p>
      )}
    </article>
  );
}

function BookingLine({ booking, onChanged }: { booking: SpaceBooking; onChanged: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const write = useWrite(onChanged);
  const path = `/api/space-bookings/${booking.id}`;
  const start = shanghaiDateTime(new Date(booking.startsAt)).slice(11);
  const end = shanghaiDateTime(new Date(booking.endsAt)).slice(11);
  const isOwn = user.scopeKind !== 'organization' || booking.organizationId === user.scopeId;
  const isActive = booking.status === 'requested' || booking.status === 'confirmed';
  const decline = () => {
    const reason = window.prompt(t('allocation.week.declineReason'));
    if (reason?.trim()) void write.run(() => api.post(`${path}/decline`, { reason: reason.trim() }));
  };
  return (
    <div className={`allocation-booking allocation-booking--${booking.status}`} data-testid="booking">
      <strong>
        {start}–{end}
      </strong>
      <span>{booking.organizationName ?? booking.groupName}</span>
      <span className="muted">{booking.purpose}</span>
      <span className="badge" data-testid="booking-status">
        {t(`allocation.week.status.${booking.status}`)}
      </span>
      {booking.status === 'requested' && can(user, 'allocation.booking.decide') && (
        <>
          <button
            type="button"
            className="button button--primary"
            disabled={write.busy}
            onClick={() => void write.run(() => api.post(`${path}/confirm`))}
            data-testid="booking-confirm"
          >
            {t('allocation.week.confirm')}
          </button>
          <button type="button" className="button button--secondary" disabled={write.busy} onClick={decline}>
            {t('allocation.week.decline')}
          </button>
        </>
      )}
      {isActive && isOwn && can(user, 'allocation.booking.cancel') && (
        <button
          type="button"
          className="button button--link"
          disabled={write.busy}
          onClick={() => void write.run(() => api.post(`${path}/cancel`))}
        >
          {t('allocation.week.cancel')}
        </button>
      )}
      {write.error && <ErrorNotice message={write.error} />}
    </div>
  );
}
