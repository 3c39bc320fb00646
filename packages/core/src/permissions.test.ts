import { describe, expect, it } from 'vitest';
import { type Action, can, permissions, teamRoleGrants } from './permissions';
import { roles } from './shared/roles';

const deputy = { role: 'organization_member', teamRole: 'deputy' } as const;
const treasurer = { role: 'organization_member', teamRole: 'treasurer' } as const;
const plainMember = { role: 'organization_member', teamRole: 'member' } as const;

describe('roles inside a team', () => {
  it('lets a deputy record and plan activities, their sign-ins, publicity and volunteer hours', () => {
    for (const action of [
      'activity.record',
      'activity.plan',
      'activity.sign_ins.read',
      'activity.media.upload',
      'publicity.edit',
      'volunteering.record',
    ] as const)
      expect(can(deputy, action), action).toBe(true);
  });

  it('keeps the organization and its members with the leader, not the deputy', () => {
    expect(can(deputy, 'organization.update')).toBe(false);
    expect(can(deputy, 'organization.members.manage')).toBe(false);
    expect(can(deputy, 'invite.create')).toBe(false);
    expect(can(deputy, 'person.contact.read')).toBe(false);
    expect(can(deputy, 'organization.money.keep')).toBe(false);
  });

  it('lets a deputy run the team’s meetings and fill the service-model card, but never start the card', () => {
    expect(can(deputy, 'deliberation.manage')).toBe(true);
    expect(can(deputy, 'organization.service_model.write')).toBe(true);
    expect(can(deputy, 'organization.service_model.session.record')).toBe(true);
    // 前提是组织自愿梳理: starting the card is the leader's own choice; a council's terms stay with its coach.
    expect(can(deputy, 'organization.service_model.start')).toBe(false);
    expect(can(deputy, 'deliberation.terms.manage')).toBe(false);
    expect(can(deputy, 'deliberation.types.manage')).toBe(false);
    for (const action of ['deliberation.manage', 'organization.service_model.write'] as const) {
      expect(can(treasurer, action), action).toBe(false);
      expect(can(plainMember, action), action).toBe(false);
    }
  });

  it('gives a deputy nothing a leader may not do', () => {
    for (const action of teamRoleGrants.deputy) expect(can('organization_leader', action), action).toBe(true);
  });

  it('gives the treasurer the money pages and none of the deputy’s work but the grant’s words they write together', () => {
    expect(can(treasurer, 'organization.money.keep')).toBe(true);
    // The proposal and the closing words 结项总结 are the team's to write: the leader, a deputy, the treasurer.
    const sharedWithDeputy = ['grants.proposal.write', 'grants.closing.write'];
    for (const action of sharedWithDeputy) expect(can(treasurer, action as Action), action).toBe(true);
    for (const action of teamRoleGrants.deputy)
      if (!sharedWithDeputy.includes(action)) expect(can(treasurer, action), action).toBe(false);
  });

  it('leaves the money to the treasurer and staff, not to the leader alone', () => {
    expect(can('organization_leader', 'organization.money.keep')).toBe(false);
    expect(can({ role: 'organization_leader', teamRole: 'leader' }, 'organization.money.keep')).toBe(false);
    expect(can('incubator_staff', 'organization.money.keep')).toBe(true);
  });

  it('gives a plain member, logistics or an unlinked account no more than the account role', () => {
    const actions = Object.keys(permissions) as Action[];
    for (const standing of [
      plainMember,
      { ...plainMember, teamRole: 'logistics' as const },
      { role: 'organization_member' as const, teamRole: null },
    ])
      for (const action of actions) expect(can(standing, action), action).toBe(can('organization_member', action));
  });

  it('grants team roles only to a team’s own accounts', () => {
    for (const role of roles.filter((r) => r !== 'organization_leader' && r !== 'organization_member'))
      for (const action of teamRoleGrants.deputy)
        expect(can({ role, teamRole: 'deputy' }, action)).toBe(can(role, action));
  });
});
