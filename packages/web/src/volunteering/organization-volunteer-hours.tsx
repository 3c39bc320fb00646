import { can, type OrganizationVolunteerHours as Hours, type VolunteerSummary } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { formatDate } from '../shared/format';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { formatMinutes } from './hours-format';
import { HoursTotalsView } from './hours-list';
import './volunteering.css';

/** How many volunteers are listed before the rest fold away (a 360 px phone shows about this many). */
const shownVolunteers = 8;

/**
 * The organization's volunteer service hours, on its page (volunteering slice): totals kept apart
 * (proven / entered afterwards, confirmed or waiting), each volunteer's hours and last service,
 * and the certificates it issued this year. Hidden for roles that may not read service records.
 */
export function OrganizationVolunteerHours({ organizationId }: { organizationId: string }) {
  const user = useUser();
  if (!can(user, 'volunteering.read')) return null;
  return <OrganizationHoursSection organizationId={organizationId} mayOpenPeople={can(user, 'person.read')} />;
}

function OrganizationHoursSection({
  organizationId,
  mayOpenPeople,
}: {
  organizationId: string;
  mayOpenPeople: boolean;
}) {
  const { t } = useTranslation();
  const { resource } = useResource<Hours>(`/api/organizations/${encodeURIComponent(organizationId)}/volunteer-hours`);
  if (resource.status !== 'ready') return null;
  const hours = resource.data;
  const first = hours.people.slice(0, shownVolunteers);
  const rest = hours.people.slice(shownVolunteers);
  return (
    <section className="card" aria-labelledby="organization-hours-title" data-testid="organization-volunteer-hours">
      <h2 id="organization-hours-title">{t('volunteering.organization.title')}</h2>
      {hours.totals.records === 0 ? (
        <p className="muted">{t('volunteering.organization.empty')}</p>
      ) : (
        <>
          <HoursTotalsView totals={hours.totals} />
          <p className="muted" data-testid="organization-hours-summary">
            {t('volunteering.organization.volunteers', { count: hours.volunteers })} ·{' '}
            <span data-testid="organization-certificates-this-year">
              {t('volunteering.organization.certificates', { year: hours.year, count: hours.certificatesThisYear })}
            </span>
          </p>
          <VolunteerRows people={first} mayOpenPeople={mayOpenPeople} />
          {rest.length > 0 && (
            <details>
              <summary>{t('volunteering.organization.more', { count: rest.length })}</summary>
              <VolunteerRows people={rest} mayOpenPeople={mayOpenPeople} />
            </details>
          )}
        </>
      )}
    </section>
  );
}

function VolunteerRows({ people, mayOpenPeople }: { people: VolunteerSummary[]; mayOpenPeople: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <ul className="hours-list" data-testid="organization-volunteers">
      {people.map((person) => {
        const waiting = person.totalMinutes - person.certifiableMinutes;
        return (
          <li key={person.personId ?? `name:${person.name}`} className="hours-row" data-testid="organization-volunteer">
            <div className="hours-row__main">
              <span>
                {person.personId && mayOpenPeople ? (
                  <Link to={`/people/${person.personId}`}>{person.name}</Link>
                ) : (
                  person.name
                )}
              </span>
              <span className="hours-row__minutes" data-testid="organization-volunteer-minutes">
                {formatMinutes(person.totalMinutes, t)}
              </span>
            </div>
            <div className="hours-row__meta muted">
              <span>
                {t('volunteering.organization.last')} {formatDate(person.lastServedOn, locale)}
              </span>
              {waiting > 0 && (
                <span className="hours-row__waiting">
                  {t('volunteering.organization.waiting', { hours: formatMinutes(waiting, t) })}
                </span>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
