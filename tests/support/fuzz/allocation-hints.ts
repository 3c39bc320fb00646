/**
 * Space booking's and honours' rules across fields (issue 18), for requests.ts's hints: a booking
 * is for a team or a group, not both, and ends after it starts — a Saturday morning, inside every
 * demo space's hours and the hours the suite itself publishes; an honour goes to a team or a
 * person, not both.
 */
export const allocationBodyHints: Record<string, Record<string, unknown>> = {
  'POST /api/spaces/{id}/bookings': { date: '2027-02-06', starts: '09:00', ends: '10:00', groupName: undefined },
  'PUT /api/spaces/{id}/opening-hours': { intervals: [{ weekday: 6, opens: '08:00', closes: '18:00' }] },
  'POST /api/honour-types/{id}/awards': { personId: undefined },
};

/** A slot's end comes after its start, in the query too. */
export const allocationQueryHints: Record<string, Record<string, string>> = {
  'GET /api/spaces/{id}/availability': { date: '2027-02-06', starts: '09:00', ends: '10:00' },
};
