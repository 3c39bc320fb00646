import { describe, expect, it } from 'vitest';
import { type PersonRecord, personDetailAsSeenBy, personSummaryAsSeenBy } from './views';

const visit = {
  id: '00000000-0000-4000-8000-000000000011',
  visitedOn: '2026-06-01',
  visitorName: '李',
  place: '楼下',
  learned: '会剪纸',
};

const record: PersonRecord = {
  id: '00000000-0000-4000-8000-000000000001',
  name: '王阿姨',
  communityId: '00000000-0000-4000-8000-000000000002',
  communityName: '和平社区',
  estateName: null,
  phone: '13812341234',
  isActivist: true,
  activistKind: 'social',
  trustStage: 'acquainted',
  isVolunteer: false,
  isChild: false,
  visitCount: 1,
  lastVisitOn: '2026-06-01',
  needsVisits: true,
  streetId: '00000000-0000-4000-8000-000000000003',
  estateId: null,
  courtyardId: null,
  courtyardName: null,
  addressNote: null,
  birthYear: 1958,
  birthDate: null,
  volunteerRegisteredOn: null,
  volunteerPlatform: null,
  traits: {},
  foundVia: null,
  introducedBy: null,
  introduced: [],
  interests: null,
  wishes: null,
  notes: null,
  isErased: false,
  mergedIntoId: null,
  visits: [visit],
  trustHistory: [],
  consents: [],
  memberships: [],
};

describe('a person in a list as a role sees them', () => {
  it('shows the phone to staff, leaders and community officials', () => {
    expect(personSummaryAsSeenBy('incubator_staff', record).phone).toBe('13812341234');
    expect(personSummaryAsSeenBy('organization_leader', record).phone).toBe('13812341234');
    expect(personSummaryAsSeenBy('community_official', record).phone).toBe('13812341234');
  });

  it('masks it for assistants and street officials, and leaves a missing phone missing', () => {
    expect(personSummaryAsSeenBy('incubator_assistant', record).phone).toBe('138****1234');
    expect(personSummaryAsSeenBy('street_official', record).phone).toBe('138****1234');
    expect(personSummaryAsSeenBy('incubator_assistant', { ...record, phone: null }).phone).toBeNull();
  });

  it('changes nothing else, and returns a copy rather than changing the record', () => {
    const seen = personSummaryAsSeenBy('incubator_assistant', record);
    expect({ ...seen, phone: record.phone }).toEqual(record);
    expect(record.phone).toBe('13812341234');
  });
});

describe('one person as a role sees them', () => {
  it('gives staff the phone, the visit notes and every button', () => {
    const seen = personDetailAsSeenBy('incubator_staff', record);
    expect(seen.phone).toBe('13812341234');
    expect(seen.visits).toEqual([visit]);
    expect([seen.canEdit, seen.canVisit, seen.canMoveTrust, seen.canErase]).toEqual([true, true, true, true]);
  });

  it('gives an assistant the notes and the visit button, a masked phone and nothing to change', () => {
    const seen = personDetailAsSeenBy('incubator_assistant', record);
    expect(seen.phone).toBe('138****1234');
    expect(seen.visits).toEqual([visit]);
    expect([seen.canEdit, seen.canVisit, seen.canMoveTrust, seen.canErase]).toEqual([false, true, false, false]);
  });

  it('gives officials no visit notes (null, not an empty list) and no buttons', () => {
    const community = personDetailAsSeenBy('community_official', record);
    expect(community.phone).toBe('13812341234');
    expect(community.visits).toBeNull();
    expect([community.canEdit, community.canVisit, community.canMoveTrust, community.canErase]).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(personDetailAsSeenBy('street_official', record).phone).toBe('138****1234');
  });

  it('offers no buttons on an erased or merged record, even to staff; the notes stay readable', () => {
    for (const gone of [
      { ...record, isErased: true },
      { ...record, mergedIntoId: record.streetId },
    ]) {
      const seen = personDetailAsSeenBy('admin', gone);
      expect([seen.canEdit, seen.canVisit, seen.canMoveTrust, seen.canErase]).toEqual([false, false, false, false]);
      expect(seen.visits).toEqual([visit]);
    }
  });
});
