/** Rows of the deliberation tables (migration 0033) as the demo writes them, named as the columns. */

export interface CouncilTermsRow {
  id: string;
  street_id: string;
  organization_id: string;
  number: number;
  starts_on: string;
  ends_on: string | null;
  goal: string | null;
  outcome: string | null;
  created_at: string;
}

export interface CouncilTermMembersRow {
  id: string;
  street_id: string;
  term_id: string;
  person_id: string;
}

export interface MeetingsRow {
  id: string;
  street_id: string;
  community_id: string;
  organization_id: string | null;
  council_term_id: string | null;
  activity_id: string | null;
  programme_id: string | null;
  type_key: string | null;
  type_id: string | null;
  title: string;
  held_on: string;
  place: string | null;
  minutes: string | null;
  public_summary: string | null;
  share_code: string | null;
  created_by: string | null;
  created_at: string;
}

export interface MeetingAgendaItemsRow {
  id: string;
  street_id: string;
  meeting_id: string;
  position: number;
  title: string;
}

export interface MeetingAttendeesRow {
  id: string;
  street_id: string;
  meeting_id: string;
  person_id: string | null;
  sign_in_id: string | null;
  is_child: boolean;
  guardian_agreed: boolean;
  source: string;
  added_at: string;
}

export interface MeetingMotionsRow {
  id: string;
  street_id: string;
  meeting_id: string;
  text: string;
  amends_id: string | null;
  agenda_position: number | null;
  created_at: string;
}

export interface MeetingVotesRow {
  id: string;
  street_id: string;
  meeting_id: string;
  motion_id: string | null;
  question: string;
  kind: string;
  is_secret: boolean;
  eligibility: string;
  eligibility_id: string | null;
  majority_rule: string;
  quorum_percent: number;
  state: string;
  opened_at: string;
  closed_at: string | null;
  result: string | null;
  objection_note: string | null;
}

export interface MeetingVoteOptionsRow {
  id: string;
  street_id: string;
  vote_id: string;
  position: number;
  label: string;
  proposal_id: string | null;
}

export interface BallotSlipsRow {
  id: string;
  street_id: string;
  vote_id: string;
  person_id: string | null;
  attendee_id: string | null;
  code: string;
  is_used: boolean;
  on_paper: boolean;
}

export interface OpenBallotsRow {
  id: string;
  street_id: string;
  vote_id: string;
  slip_id: string;
  choice: string;
  cast_at: string;
}

export interface SecretBallotCountsRow {
  id: string;
  street_id: string;
  vote_id: string;
  choice: string;
  count: number;
}

export interface VotePaperTalliesRow {
  id: string;
  street_id: string;
  vote_id: string;
  counts: string;
  ballots: number;
  photo_key: string | null;
  thumbnail_key: string | null;
  entered_by: string | null;
  entered_at: string;
}

export interface MeetingDecisionsRow {
  id: string;
  street_id: string;
  meeting_id: string;
  text: string;
  motion_id: string | null;
  vote_id: string | null;
  created_at: string;
}

export interface MeetingFollowUpsRow {
  id: string;
  street_id: string;
  meeting_id: string;
  what: string;
  owner_person_id: string | null;
  due_on: string | null;
  done_on: string | null;
  created_at: string;
}

export interface DeliberationDemoData {
  council_terms: CouncilTermsRow[];
  council_term_members: CouncilTermMembersRow[];
  meetings: MeetingsRow[];
  meeting_agenda_items: MeetingAgendaItemsRow[];
  meeting_attendees: MeetingAttendeesRow[];
  meeting_motions: MeetingMotionsRow[];
  meeting_votes: MeetingVotesRow[];
  meeting_vote_options: MeetingVoteOptionsRow[];
  ballot_slips: BallotSlipsRow[];
  open_ballots: OpenBallotsRow[];
  secret_ballot_counts: SecretBallotCountsRow[];
  vote_paper_tallies: VotePaperTalliesRow[];
  meeting_decisions: MeetingDecisionsRow[];
  meeting_follow_ups: MeetingFollowUpsRow[];
}
