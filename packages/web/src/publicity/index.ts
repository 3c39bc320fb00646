/** Publicity: the actions the activity page shows (make or open the draft, share). */
export { ActivityPublicityActions } from './activity-publicity-actions';
