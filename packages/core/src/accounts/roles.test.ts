import { describe, expect, it } from 'vitest';
import { can } from '../permissions';
import { roles, scopeFrom } from '../shared/roles';
import { homePathFor } from './home';

describe('roles and permissions', () => {
  it('never lets an incubator assistant read contact details or approve anything', () => {
    expect(can('incubator_assistant', 'person.contact.read')).toBe(false);
    expect(can('incubator_assistant', 'invite.create')).toBe(false);
    expect(can('incubator_assistant', 'organization.update')).toBe(false);
  });

  it('lets every role read the organizations in its scope', () => {
    for (const role of roles) expect(can(role, 'organization.read')).toBe(true);
  });

  it('hides member names from funders and experts', () => {
    expect(can('funder', 'organization.members.read')).toBe(false);
    expect(can('expert_reviewer', 'organization.members.read')).toBe(false);
  });

  it('builds scopes only with the id they need', () => {
    expect(scopeFrom('deployment', null)).toEqual({ kind: 'deployment' });
    expect(scopeFrom('street', 's1')).toEqual({ kind: 'street', streetId: 's1' });
    expect(() => scopeFrom('community', null)).toThrow();
  });

  it('sends each person to the page of the place they answer for', () => {
    expect(homePathFor('organization', 'o1')).toBe('/organizations/o1');
    expect(homePathFor('community', 'c1')).toBe('/communities/c1');
    expect(homePathFor('street', 's1')).toBe('/streets/s1');
    expect(homePathFor('deployment', null)).toBe('/');
  });
});
