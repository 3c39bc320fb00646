/** Documents: the printable sheets the activity page offers. */
export { ActivityPaperSheets } from './activity-paper-sheets';
