import { can, type Standing } from '../permissions';
import type { Role } from '../shared/roles';
import type { CommunitySurvey } from './survey-outputs';

/**
 * What of a community a role may see. 居委会态度 — the committee's attitude on the community and
 * the attitudes recorded on the residents' committee's own stakeholder row — is the incubator's
 * judgement (`community.committee_attitude.read`): for anyone else the fields are removed, not
 * emptied, so an answer cannot even tell that one was recorded.
 */
export function withoutCommitteeAttitude<T extends { committeeAttitude?: unknown }>(
  who: Role | Standing,
  community: T,
): T {
  if (can(who, 'community.committee_attitude.read')) return community;
  const { committeeAttitude: _hidden, ...rest } = community;
  return rest as T;
}

/** The survey as `who` sees it: without the committee's attitude, on the profile and on its stakeholder row. */
export function surveyAsSeenBy<T extends Pick<CommunitySurvey, 'profile' | 'stakeholders'>>(
  who: Role | Standing,
  survey: T,
): T {
  if (can(who, 'community.committee_attitude.read')) return survey;
  return {
    ...survey,
    profile: withoutCommitteeAttitude(who, survey.profile),
    stakeholders: survey.stakeholders.map((stakeholder) => {
      if (stakeholder.kind !== 'residents_committee') return stakeholder;
      const { attitude: _attitude, attitudes: _attitudes, ...rest } = stakeholder;
      return rest;
    }),
  };
}
