/** Volunteering: the service-hours sections other capabilities' pages show (a person, an organization, an activity). */
export { ActivityVolunteerHours } from './activity-volunteer-hours';
export { OrganizationVolunteerHours } from './organization-volunteer-hours';
export { PersonVolunteerHours } from './person-volunteer-hours';
