import type { Role } from '../shared/roles';

/** Training programmes (友邻学社, 社区营造培训班): what each role may do, inside its scope. */
export const trainingPermissions = {
  /**
   * Programmes, cohorts, applications, interviews, decisions, sessions, committee, graduation:
   * staff decide (assistants "approve nothing").
   */
  'training.manage': ['admin', 'incubator_staff'],
  /** The roll call at a session: assistants run the room too. */
  'training.attendance.record': ['admin', 'incubator_staff', 'incubator_assistant'],
  /** Applicants, guarantors, interview notes and attendance by name: the incubator team. */
  'training.applications.read': ['admin', 'incubator_staff', 'incubator_assistant'],
  /**
   * Cohorts, their sessions and figures (applied, accepted, present, graduated), without names:
   * officials of the street or community that hosts a cohort, and funders (proof of the work bought).
   */
  'training.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'community_official',
    'street_official',
    'funder',
  ],
} as const satisfies Record<string, readonly Role[]>;
