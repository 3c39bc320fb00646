/** Organizations: the organization page, and the pieces other capabilities show (table, stage badge). */
export { OrganizationPage } from './organization-page';
export { OrganizationTable } from './organization-table';
export { StageBadge, stageProgress } from './stage-badge';
export { StatusLabel } from './status-label';
