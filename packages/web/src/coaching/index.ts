/** Coaching: the section the organization page shows (sessions, plan, staff hours). */
export { OrganizationCoachingSection } from './organization-coaching-section';
