import { can } from '../permissions';
import type { Role } from '../shared/roles';
import type { ActivityDetail, ActivityMedia } from './schemas';

/**
 * A file as `role` sees it: who sent it only for roles that see the activity's people (a leader's
 * account bears the leader's own name).
 */
export function activityMediaAsSeenBy(role: Role, media: ActivityMedia): ActivityMedia {
  return can(role, 'activity.people.read') ? media : { ...media, uploadedBy: null };
}

/**
 * One activity as `role` sees it. A role that may not see its people (`activity.people.read`:
 * funders) gets the record, its figures and evidence, but no one's name: no participants or
 * guests (the attendance figure stays), feedback without who said it, and neither who recorded it
 * nor who sent each photo.
 */
export function activityDetailAsSeenBy<
  T extends Pick<ActivityDetail, 'participants' | 'feedback' | 'recordedBy' | 'media'>,
>(role: Role, activity: T): T {
  if (can(role, 'activity.people.read')) return activity;
  return {
    ...activity,
    participants: [],
    feedback: activity.feedback.map((entry) => ({ ...entry, saidBy: null })),
    recordedBy: null,
    media: activity.media.map((media) => activityMediaAsSeenBy(role, media)),
  };
}
