import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { CreatedAt, Timestamp } from '../column-types';

/** Tables of the deliberation capability (issue 18: meetings and votes 议事协商; migration 0033). */

type Day = ColumnType<string, string, string>;

/** A meeting type staff added; the defaults are core's `defaultMeetingTypes`, not rows. */
export interface MeetingTypesTable {
  id: string;
  name: string;
  quorum_percent: number;
  majority_rule: string;
  created_by: string | null;
  created_at: CreatedAt;
}

/** A children's council term 届: the council (an organization), its number, dates, goal and outcome. */
export interface CouncilTermsTable {
  id: string;
  street_id: string;
  organization_id: string;
  number: number;
  starts_on: Day;
  ends_on: string | null;
  goal: string | null;
  outcome: string | null;
  created_at: Timestamp;
}

export interface CouncilTermMembersTable {
  id: string;
  street_id: string;
  term_id: string;
  person_id: string;
}

export interface MeetingsTable {
  id: string;
  street_id: string;
  community_id: string;
  organization_id: string | null;
  council_term_id: string | null;
  activity_id: string | null;
  /** The cultivation programme the meeting belongs to (0036). */
  programme_id: string | null;
  type_key: string | null;
  type_id: string | null;
  title: string;
  held_on: Day;
  place: string | null;
  minutes: string | null;
  public_summary: string | null;
  share_code: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface MeetingAgendaItemsTable {
  id: string;
  street_id: string;
  meeting_id: string;
  position: number;
  title: string;
}

/** Someone at the meeting: a person added by the chair, or a sign-in of the activity the meeting is held as. */
export interface MeetingAttendeesTable {
  id: string;
  street_id: string;
  meeting_id: string;
  person_id: string | null;
  sign_in_id: string | null;
  is_child: boolean;
  guardian_agreed: boolean;
  source: string;
  added_at: Timestamp;
}

export interface MeetingMotionsTable {
  id: string;
  street_id: string;
  meeting_id: string;
  text: string;
  amends_id: string | null;
  agenda_position: number | null;
  created_at: Timestamp;
}

export interface MeetingVotesTable {
  id: string;
  street_id: string;
  meeting_id: string;
  motion_id: string | null;
  question: string;
  kind: string;
  is_secret: boolean;
  eligibility: string;
  eligibility_id: string | null;
  /** The rule and quorum in force, frozen when the vote opens. */
  majority_rule: string;
  quorum_percent: number;
  state: string;
  opened_at: Timestamp;
  closed_at: Date | string | null;
  result: JSONColumnType<Record<string, unknown>, string | null, string | null> | null;
  objection_note: string | null;
}

export interface MeetingVoteOptionsTable {
  id: string;
  street_id: string;
  vote_id: string;
  position: number;
  label: string;
  proposal_id: string | null;
}

/** One eligible voter's slip: a person's, or an attendee's (a sign-in without a person row). No time is kept. */
export interface BallotSlipsTable {
  id: string;
  street_id: string;
  vote_id: string;
  person_id: string | null;
  attendee_id: string | null;
  code: string;
  is_used: Generated<boolean>;
  on_paper: Generated<boolean>;
}

/** An open vote's ballot, naming its slip. */
export interface OpenBallotsTable {
  id: string;
  street_id: string;
  vote_id: string;
  slip_id: string;
  choice: string;
  cast_at: Timestamp;
}

/** A secret vote's count per choice: incremented in place, no row per ballot (see migration 0033). */
export interface SecretBallotCountsTable {
  id: string;
  street_id: string;
  vote_id: string;
  choice: string;
  count: Generated<number>;
}

export interface VotePaperTalliesTable {
  id: string;
  street_id: string;
  vote_id: string;
  counts: JSONColumnType<Record<string, number>, string, string>;
  ballots: number;
  photo_key: string | null;
  thumbnail_key: string | null;
  entered_by: string | null;
  entered_at: Timestamp;
}

export interface MeetingDecisionsTable {
  id: string;
  street_id: string;
  meeting_id: string;
  text: string;
  motion_id: string | null;
  vote_id: string | null;
  created_at: Timestamp;
}

export interface MeetingFollowUpsTable {
  id: string;
  street_id: string;
  meeting_id: string;
  what: string;
  owner_person_id: string | null;
  due_on: string | null;
  done_on: string | null;
  created_at: Timestamp;
}

export interface DeliberationTables {
  meeting_types: MeetingTypesTable;
  council_terms: CouncilTermsTable;
  council_term_members: CouncilTermMembersTable;
  meetings: MeetingsTable;
  meeting_agenda_items: MeetingAgendaItemsTable;
  meeting_attendees: MeetingAttendeesTable;
  meeting_motions: MeetingMotionsTable;
  meeting_votes: MeetingVotesTable;
  meeting_vote_options: MeetingVoteOptionsTable;
  ballot_slips: BallotSlipsTable;
  open_ballots: OpenBallotsTable;
  secret_ballot_counts: SecretBallotCountsTable;
  vote_paper_tallies: VotePaperTalliesTable;
  meeting_decisions: MeetingDecisionsTable;
  meeting_follow_ups: MeetingFollowUpsTable;
}

/** Parents first (see tablesInDependencyOrder): after grants (options name proposals) and activities. */
export const deliberationTablesAfterGrants = [
  'meeting_types',
  'council_terms',
  'council_term_members',
  'meetings',
  'meeting_agenda_items',
  'meeting_attendees',
  'meeting_motions',
  'meeting_votes',
  'meeting_vote_options',
  'ballot_slips',
  'open_ballots',
  'secret_ballot_counts',
  'vote_paper_tallies',
  'meeting_decisions',
  'meeting_follow_ups',
] as const;
