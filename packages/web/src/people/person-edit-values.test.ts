import type { PersonDetail } from '@seedbed/core';
import { describe, expect, it } from 'vitest';
import { editValuesOf, isChildValue, patchFrom } from './person-edit-values';

const today = '2026-07-01';
const person: PersonDetail = {
  id: '00000000-0000-4000-8000-000000000001',
  name: '周师傅',
  communityId: '00000000-0000-4000-8000-000000000002',
  communityName: '槐荫社区',
  estateName: null,
  phone: '13900001111',
  isActivist: true,
  activistKind: 'home_grown',
  trustStage: 'stranger',
  isVolunteer: false,
  isChild: false,
  visitCount: 0,
  lastVisitOn: null,
  needsVisits: true,
  streetId: '00000000-0000-4000-8000-000000000003',
  estateId: null,
  courtyardId: null,
  courtyardName: null,
  addressNote: null,
  birthYear: 1960,
  birthDate: null,
  volunteerRegisteredOn: null,
  volunteerPlatform: null,
  traits: { action: { rating: 4 }, appeal: { rating: 5, note: '一招呼就来' } },
  foundVia: null,
  introducedBy: null,
  introduced: [],
  interests: null,
  wishes: null,
  notes: null,
  isErased: false,
  mergedIntoId: null,
  visits: [],
  trustHistory: [],
  consents: [],
  memberships: [],
  canEdit: true,
  canVisit: true,
  canMoveTrust: true,
  canErase: true,
};

describe('the person edit form', () => {
  it('sends nothing when nothing was changed, whatever order the traits are in', () => {
    expect(patchFrom(person, editValuesOf(person), today)).toEqual({});
  });

  it('sends only what changed, empty text as a cleared field', () => {
    const values = { ...editValuesOf(person), interests: ' 书法 ', activistKind: '' as const, name: '周建国' };
    expect(patchFrom(person, values, today)).toEqual({ interests: '书法', activistKind: null, name: '周建国' });
  });

  it('sends a trait rating and clears a note left empty', () => {
    const values = editValuesOf(person);
    values.traits = { ...values.traits, appeal: { rating: 5, note: '  ' }, time: { rating: 2 } };
    expect(patchFrom(person, values, today)).toEqual({
      traits: { appeal: { rating: 5 }, action: { rating: 4 }, time: { rating: 2 } },
    });
  });

  it('never sends a phone for a child under 14, and drops the courtyard with the estate', () => {
    const values = { ...editValuesOf(person), birthYear: '2018', courtyardId: 'c' };
    expect(isChildValue(values, today)).toBe(true);
    expect(patchFrom(person, values, today)).toEqual({ birthYear: 2018, phone: null });
  });

  it('treats a person born 14 years ago by year only as a possible child', () => {
    expect(isChildValue({ birthYear: '2012', birthDate: '' }, today)).toBe(true);
    expect(isChildValue({ birthYear: '', birthDate: '2012-06-30' }, today)).toBe(false);
  });
});
