import { lazy } from 'react';

/**
 * Reports: the staff's dashboards. Loaded on demand, so a leader on a phone never downloads
 * them (nor ECharts, which the stage chart imports dynamically in turn).
 */
export const StreetOverviewPage = lazy(() => import('./street-overview-page'));
