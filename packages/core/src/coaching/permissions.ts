import type { Role } from '../shared/roles';

/** Coaching sessions (辅导), cultivation plans and the staff workload view: what each role may do, inside its scope (core/src/permissions.ts gathers these). */
export const coachingPermissions = {
  /**
   * Staff record sessions; so do assistants, who run workshops and Q&A (seed 002: a team of 11).
   * Plan reviews at a session need 'coaching.plan.write' as well.
   */
  'coaching.record': ['admin', 'incubator_staff', 'incubator_assistant'],
  /**
   * The sessions an organization attended: staff, and its leader — the record of the support the
   * organization received is the organization's too (transparency). Staff's outcome notes are
   * withheld from leaders ('coaching.notes.read'). Members, officials and funders get the figures,
   * not the session records (they list people present).
   */
  'coaching.read': ['admin', 'incubator_staff', 'incubator_assistant', 'organization_leader'],
  /** Staff's own assessment written after a session. */
  'coaching.notes.read': ['admin', 'incubator_staff', 'incubator_assistant'],
  /**
   * The cultivation plan is about the organization: its leader sees the goal, next step and the
   * reviews (seed 003: individualised support is agreed with them, not done to them).
   */
  'coaching.plan.read': ['admin', 'incubator_staff', 'incubator_assistant', 'organization_leader'],
  /** Plans and their reviews are decisions: staff, not assistants ("approves nothing"). */
  'coaching.plan.write': ['admin', 'incubator_staff'],
  /**
   * Overdue next steps across organizations: the incubator team's to-do list (assistants follow up
   * too); leaders see their own plan's on the organization page.
   */
  'coaching.plan.overdue.read': ['admin', 'incubator_staff', 'incubator_assistant'],
  /**
   * Staff hours on one organization and its trend: staff, the organization's leader (needing staff
   * less and less is their success, seed 001), and officials and funders in scope.
   */
  'coaching.staff_hours.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'organization_leader',
    'community_official',
    'street_official',
    'funder',
  ],
  /**
   * The workload view and its CSV: staff, and officials and funders of the street — proof of the
   * work bought (seed 002: evidence when government buys services). Figures only count the
   * organizations in the caller's scope.
   */
  'coaching.workload.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'community_official',
    'street_official',
    'funder',
  ],
  /**
   * Cultivation programmes (民生议题讨论会, 供需协商会…): staff run them — create, edit, add and remove
   * participants. Assistants help at the meetings but decide nothing ('coaching.plan.write' likewise).
   */
  'coaching.programme.write': ['admin', 'incubator_staff'],
  /**
   * A programme, its participating organizations and its outputs: the incubator team, and officials
   * and funders of its street — the figures are the evidence of the work bought (seed 002). The
   * outputs are counts and organizations' names, no person's. Leaders are not readers: a programme
   * lists every participant's figures, and a team sees its own on its own pages.
   */
  'coaching.programme.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'community_official',
    'street_official',
    'funder',
  ],
} as const satisfies Record<string, readonly Role[]>;
