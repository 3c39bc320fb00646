/** Activities: the sections other capabilities' pages show (an organization's activities, a community's coming ones). */

export { FiguresPanel as OrganizationActivityFigures } from './activity-figures-panel';
export { CommunityPlannedSection } from './community-planned-section';
export { heldFormPath } from './held-button';
export { OrganizationActivitiesSection } from './organization-activities-section';
export { usePrefetchActivityForm } from './prefetch-activity-form';
export { TeamActivitiesHome } from './team-activities-home';
