import { describe, expect, it } from 'vitest';
import {
  checkActivityInput,
  checkSignIn,
  isPublicActivity,
  isSignInOpen,
  normaliseSignInCode,
  plannedSignInState,
  signInIdentityKey,
} from './rules';
import { activityInputSchema } from './schemas';

const input = activityInputSchema.parse({
  organizationIds: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000001'],
  title: '重阳节敬老',
  startsAt: '2026-10-18T09:00:00+08:00',
  endsAt: '2026-10-18T11:00:00+08:00',
  openness: 'open_to_all',
  organizerCount: 5,
  servedCount: 40,
});

describe('checking an activity record', () => {
  it('accepts a sound record and removes repeated organizations', () => {
    const checked = checkActivityInput(input);
    expect(checked.ok && checked.value.organizationIds).toHaveLength(1);
  });
  it('refuses an end before the start', () => {
    expect(checkActivityInput({ ...input, endsAt: '2026-10-18T08:59:00+08:00' })).toEqual({
      ok: false,
      error: { code: 'activity.end_before_start' },
    });
  });
  it('needs an organization unless the incubator or committee ran it, then a community', () => {
    expect(checkActivityInput({ ...input, organizationIds: [] })).toMatchObject({
      error: { code: 'activity.no_organizer' },
    });
    expect(checkActivityInput({ ...input, organizationIds: [], runBy: 'incubator' })).toMatchObject({
      error: { code: 'activity.community_required' },
    });
  });
  it('needs a plan item when inside the project plan', () => {
    expect(checkActivityInput({ ...input, isPlannedInProject: true })).toMatchObject({
      error: { code: 'activity.plan_item_required' },
    });
  });
});

describe('self sign-in', () => {
  it('refuses a phone for a child and needs a guardian’s tick', () => {
    const child = { name: '小明', consent: true as const, isChild: true, guardianConsent: true };
    expect(checkSignIn(child).ok).toBe(true);
    expect(checkSignIn({ ...child, phone: '13800000000' })).toMatchObject({ error: { code: 'activity.child_phone' } });
    expect(checkSignIn({ ...child, guardianConsent: false })).toMatchObject({
      error: { code: 'activity.guardian_consent_required' },
    });
  });
  it('takes no name or phone without the signer’s consent', () => {
    const adult = { name: '孙阿姨', phone: '13800000000', consent: false, isChild: false };
    expect(checkSignIn(adult)).toMatchObject({ error: { code: 'activity.consent_required' } });
    expect(checkSignIn({ ...adult, consent: true }).ok).toBe(true);
  });
  it('stays open until 24 hours after the end', () => {
    const endsAt = new Date('2026-10-18T03:00:00Z');
    expect(isSignInOpen(endsAt, new Date('2026-10-19T03:00:00Z'))).toBe(true);
    expect(isSignInOpen(endsAt, new Date('2026-10-19T03:00:01Z'))).toBe(false);
  });
  it('opens a planned date’s code an hour before the start and closes it like a record’s', () => {
    // 2026-10-18 09:00–11:00 in Shanghai.
    const occurrence = { startsAt: new Date('2026-10-18T01:00:00Z'), endsAt: new Date('2026-10-18T03:00:00Z') };
    expect(plannedSignInState(occurrence, new Date('2026-10-17T23:59:59Z'))).toBe('not_open_yet');
    expect(plannedSignInState(occurrence, new Date('2026-10-18T00:00:00Z'))).toBe('open');
    expect(plannedSignInState(occurrence, new Date('2026-10-19T03:00:00Z'))).toBe('open');
    expect(plannedSignInState(occurrence, new Date('2026-10-19T03:00:01Z'))).toBe('closed');
  });
  it('knows a person by phone, or by name without one', () => {
    expect(signInIdentityKey({ name: '李 秀兰', phone: '13800000000' })).toBe('phone:13800000000');
    expect(signInIdentityKey({ name: '李 秀兰' })).toBe(signInIdentityKey({ name: '李秀兰' }));
    expect(normaliseSignInCode('ab-cd 23')).toBe('ABCD23');
  });
});

describe('a public activity (the stage criterion)', () => {
  it('is open to all, or by invitation for people beyond the team', () => {
    expect(isPublicActivity({ openness: 'open_to_all', beneficiaryGroups: [] })).toBe(true);
    expect(isPublicActivity({ openness: 'invited', beneficiaryGroups: ['elderly'] })).toBe(true);
    expect(isPublicActivity({ openness: 'invited', beneficiaryGroups: ['members_only'] })).toBe(false);
    expect(isPublicActivity({ openness: 'members_only', beneficiaryGroups: ['all_residents'] })).toBe(false);
  });
});
