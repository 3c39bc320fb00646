import { describe, expect, it } from 'vitest';
import { roles } from '../shared/roles';
import { type Granter, grantableRoles, grantRefusal, inviteScopeOf, rolesStaffGrant } from './grants';

const admin: Granter = { role: 'admin', scope: { kind: 'deployment' } };
const streetStaff: Granter = { role: 'incubator_staff', scope: { kind: 'street', streetId: 'A' } };
const deploymentStaff: Granter = { role: 'incubator_staff', scope: { kind: 'deployment' } };

describe('who may grant what', () => {
  it('lets an administrator grant every role at every scope kind the role takes', () => {
    expect(grantRefusal(admin, { role: 'admin', scopeKind: 'deployment', streetId: null })).toBeNull();
    expect(grantRefusal(admin, { role: 'incubator_staff', scopeKind: 'street', streetId: 'B' })).toBeNull();
    expect(grantRefusal(admin, { role: 'community_official', scopeKind: 'community', streetId: 'B' })).toBeNull();
  });

  it('refuses a scope kind the role does not take, whoever grants', () => {
    expect(grantRefusal(admin, { role: 'admin', scopeKind: 'street', streetId: 'A' })).toBe('account.scope_invalid');
    expect(grantRefusal(streetStaff, { role: 'community_official', scopeKind: 'street', streetId: 'A' })).toBe(
      'account.scope_invalid',
    );
    expect(grantRefusal(streetStaff, { role: 'organization_leader', scopeKind: 'community', streetId: 'A' })).toBe(
      'account.scope_invalid',
    );
  });

  it('lets street staff grant the roles they work with inside their street', () => {
    const places = {
      incubator_assistant: 'street',
      community_official: 'community',
      street_official: 'street',
      funder: 'street',
      expert_reviewer: 'street',
      organization_leader: 'organization',
      organization_member: 'organization',
    } as const;
    for (const role of rolesStaffGrant)
      expect(grantRefusal(streetStaff, { role, scopeKind: places[role], streetId: 'A' })).toBeNull();
  });

  it('never lets staff grant an administrator or another social worker', () => {
    expect(grantRefusal(streetStaff, { role: 'admin', scopeKind: 'deployment', streetId: null })).toBe(
      'account.grant_forbidden',
    );
    expect(grantRefusal(streetStaff, { role: 'incubator_staff', scopeKind: 'street', streetId: 'A' })).toBe(
      'account.grant_forbidden',
    );
    expect(grantRefusal(deploymentStaff, { role: 'incubator_staff', scopeKind: 'deployment', streetId: null })).toBe(
      'account.grant_forbidden',
    );
  });

  it('keeps street staff inside their street: another street’s places, or the whole deployment, are refused', () => {
    expect(grantRefusal(streetStaff, { role: 'community_official', scopeKind: 'community', streetId: 'B' })).toBe(
      'account.grant_forbidden',
    );
    expect(grantRefusal(streetStaff, { role: 'organization_leader', scopeKind: 'organization', streetId: 'B' })).toBe(
      'account.grant_forbidden',
    );
    expect(grantRefusal(streetStaff, { role: 'funder', scopeKind: 'deployment', streetId: null })).toBe(
      'account.grant_forbidden',
    );
  });

  it('lets staff whose scope is the deployment grant in any street and for the deployment', () => {
    expect(grantRefusal(deploymentStaff, { role: 'funder', scopeKind: 'deployment', streetId: null })).toBeNull();
    expect(grantRefusal(deploymentStaff, { role: 'street_official', scopeKind: 'street', streetId: 'B' })).toBeNull();
  });

  it('offers the invite form the roles each may grant', () => {
    expect(grantableRoles('admin')).toEqual(roles);
    expect(grantableRoles('incubator_staff')).toEqual(rolesStaffGrant);
    expect(grantableRoles('community_official')).toEqual([]);
  });

  it('lets nobody else grant anything', () => {
    for (const role of roles.filter((r) => r !== 'admin' && r !== 'incubator_staff'))
      expect(
        grantRefusal(
          { role, scope: { kind: 'street', streetId: 'A' } },
          { role: 'organization_member', scopeKind: 'organization', streetId: 'A' },
        ),
      ).toBe('account.grant_forbidden');
  });
});

describe('the scope an invite names', () => {
  const id = '00000000-0000-4000-8000-000000000001';
  it('puts a leader or member into the organization, as before', () => {
    expect(inviteScopeOf({ role: 'organization_leader', organizationId: id })).toEqual({
      ok: true,
      value: { scopeKind: 'organization', scopeId: id },
    });
    expect(inviteScopeOf({ role: 'organization_member' }).ok).toBe(false);
  });

  it('takes a kind and an id for other roles, and no id for the deployment', () => {
    expect(inviteScopeOf({ role: 'community_official', scopeKind: 'community', scopeId: id })).toEqual({
      ok: true,
      value: { scopeKind: 'community', scopeId: id },
    });
    expect(inviteScopeOf({ role: 'funder', scopeKind: 'deployment' })).toEqual({
      ok: true,
      value: { scopeKind: 'deployment', scopeId: null },
    });
    for (const wrong of [
      { role: 'funder', scopeKind: 'deployment', scopeId: id },
      { role: 'street_official', scopeKind: 'street' },
      { role: 'street_official', scopeKind: 'community', scopeId: id },
      { role: 'expert_reviewer', organizationId: id },
      { role: 'admin' },
    ] as const)
      expect(inviteScopeOf(wrong)).toEqual({ ok: false, error: { code: 'account.scope_invalid' } });
  });
});
