/** Tracking: the staff side the activity page shows beside the organization's record. */
export { ActivityStaffSide } from './activity-staff-side';
