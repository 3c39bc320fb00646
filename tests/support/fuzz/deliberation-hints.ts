/** What the schemas of meetings and votes 议事协商 cannot say (requests.ts's bodyHints). */
export const deliberationHints: Record<string, Record<string, unknown>> = {
  // A meeting names a type by id: the defaults' ids are core's (a forum 座谈会 here); a council term
  // must be of the organizing team, the meeting's activity is left out.
  'POST /api/meetings': {
    typeId: '0d11be00-0000-4000-8000-000000000007',
    councilTermId: undefined,
    activityId: undefined,
  },
  // A motion among the meeting's attendees: no options (a choice needs two), no id for attendees.
  'POST /api/meetings/{id}/votes': {
    kind: 'motion',
    options: [],
    eligibility: 'attendees',
    eligibilityId: undefined,
    motionId: undefined,
  },
  // An amendment names a motion of the same meeting; a decision a motion or vote of it.
  'POST /api/meetings/{id}/motions': { amendsId: undefined },
  'POST /api/meetings/{id}/decisions': { motionId: undefined, voteId: undefined },
  // A term ends after it starts.
  'POST /api/organizations/{id}/council-terms': { startsOn: '2026-03-01', endsOn: '2027-02-28' },
  'PATCH /api/council-terms/{id}': { startsOn: '2026-03-01', endsOn: '2027-02-28' },
};
