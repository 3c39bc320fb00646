import type { Role } from '../shared/roles';

/** Organizations: what each role may do, inside its scope (core/src/permissions.ts gathers these). */
export const organizationPermissions = {
  'organization.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'organization_leader',
    'organization_member',
    'community_official',
    'street_official',
    'funder',
    'expert_reviewer',
  ],
  'organization.create': ['admin', 'incubator_staff'],
  /** The organization is the subject: its leader edits its own page; staff may too. */
  'organization.update': ['admin', 'incubator_staff', 'organization_leader'],
  /** Member names are visible to those who work with the organization, not to funders or experts. */
  'organization.members.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'organization_leader',
    'organization_member',
    'community_official',
    'street_official',
  ],
  /** Members, sub-teams and chat groups: the leader manages their own organization from a phone. */
  'organization.members.manage': ['admin', 'incubator_staff', 'organization_leader'],
  /**
   * The team's money pages (grants, advances 垫付, receipts): its treasurer 财务 keeps them (the
   * grant in core's `teamRoleGrants`), staff beside them. The leader is left out on purpose: seed
   * 000 spreads the leader's power ("在机制上分散队长的权力"), and the money is the first of it.
   */
  'organization.money.keep': ['admin', 'incubator_staff'],
  /**
   * Hand leadership over to another current member: the leader from the team page, or staff for a
   * team whose leader cannot (moved away, ill). The accounts follow the roles.
   */
  'organization.leadership.hand_over': ['admin', 'incubator_staff', 'organization_leader'],
  /**
   * 备案 (filing status 'filed'): staff record it in the history; the residents' committee records
   * it too, for organizations at home in its community (core's `mayFileFor`), with the scan.
   */
  'organization.filing.record': ['admin', 'incubator_staff', 'community_official'],
  /**
   * The committee confirms a filing staff recorded ("双重认可"): its own act, so not staff. The
   * administrator may enter a confirmation given on paper.
   */
  'organization.filing.confirm': ['admin', 'community_official'],
  /** Dated history (orientation, filing, status), served communities, relations: staff keep the record. */
  'organization.history.record': ['admin', 'incubator_staff'],
  /**
   * The scans behind filing and status changes (the 备案 certificate, a registration form: they
   * carry the leader's and members' names, phones and ID numbers): those who handle registration —
   * staff who keep the record, the organization's own leader, and the residents' committee and
   * street office that file and register it. Not assistants (no contact details), members,
   * funders or experts: they see that a change has a document, not the document.
   */
  'organization.document.read': [
    'admin',
    'incubator_staff',
    'organization_leader',
    'community_official',
    'street_official',
  ],
  /** Baseline interviews are visits: assistants record them too. */
  'organization.interview.record': ['admin', 'incubator_staff', 'incubator_assistant'],
  'organization.interview.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'organization_leader',
    'community_official',
    'street_official',
  ],
  /** A stage assessment decides stage moves: staff only (assistants approve nothing). */
  'organization.stage.assess': ['admin', 'incubator_staff'],
  /** 成效反馈表: names residents and their difficulties, so only those who work with them. */
  'case_outcome.read': ['admin', 'incubator_staff', 'incubator_assistant', 'street_official', 'community_official'],
  'case_outcome.record': ['admin', 'incubator_staff'],
  /** The deployment's stage model is a deployment setting: the administrator chooses it. */
  'settings.stage_model.read': ['admin'],
  'settings.stage_model.update': ['admin'],
  /**
   * The service-model card 服务模式 (seed 002): the organization's own — its members, staff, and
   * officials and funders in scope read it (what the team does and for whom is what they back).
   */
  'organization.service_model.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'organization_leader',
    'organization_member',
    'community_official',
    'street_official',
    'funder',
  ],
  /**
   * Starting it is the organization's choice ("前提是组织自愿梳理"): its leader only. Staff cannot
   * create it for them, not even the admin.
   */
  'organization.service_model.start': ['organization_leader'],
  /** Filling it in, once it exists: the leader, and staff who help (seed 002's workshops). */
  'organization.service_model.write': ['admin', 'incubator_staff', 'organization_leader'],
  /** A 梳理 session held on it: staff and assistants run the workshops; the leader may note one too. */
  'organization.service_model.session.record': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'organization_leader',
  ],
  /** The street's figures (how many organizations held how many sessions, completed which step). */
  'organization.service_model.figures.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'community_official',
    'street_official',
    'funder',
  ],
} as const satisfies Record<string, readonly Role[]>;
