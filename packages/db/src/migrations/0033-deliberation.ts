import { type Kysely, sql } from 'kysely';

/**
 * Meetings and votes 议事协商 (issue 18): meeting types with their quorum and majority rule, meetings
 * with agenda, attendees, motions, decisions and follow-ups, votes with personal ballot slips, and
 * children's council terms 届.
 *
 * Secret ballots: a slip records only *that* it was used (`is_used`, no time); the choice goes into
 * `secret_ballot_counts`, one row per choice made when the vote opens and incremented in place —
 * there is no row per ballot, no id, no time, nothing to join a slip to a choice. Open ballots are
 * rows naming their slip (`open_ballots`). The residual a database superuser could read is
 * PostgreSQL's own bookkeeping (dead row versions and their transaction ids until vacuum), which no
 * query of Seedbed reads and the backup does not copy.
 *
 * People: attendees, term members, follow-up owners and slips hold a person's id (or an activity
 * sign-in's), never a copy of the name; export reads them (db/src/deliberation/privacy.ts), erasure
 * needs nothing beyond the person's own row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Types staff add; the eight defaults live in core (defaultMeetingTypes, fixed ids) and are not
    -- rows, so a freshly migrated database stays empty for a restore and a changed default is code.
    create table meeting_types (
      id uuid primary key,
      name text not null unique,
      quorum_percent integer not null check (quorum_percent between 0 and 100),
      majority_rule text not null check (majority_rule in ('simple', 'two_thirds', 'consensus')),
      created_by uuid references users (id),
      created_at timestamptz not null default now()
    );
    create table council_terms (
      id uuid primary key,
      street_id uuid not null references streets (id),
      organization_id uuid not null references organizations (id),
      number integer not null check (number between 1 and 200),
      starts_on date not null,
      ends_on date check (ends_on is null or ends_on >= starts_on),
      goal text,
      outcome text,
      created_at timestamptz not null,
      unique (organization_id, number)
    );
    create table council_term_members (
      id uuid primary key,
      street_id uuid not null references streets (id),
      term_id uuid not null references council_terms (id),
      person_id uuid not null references people (id),
      unique (term_id, person_id)
    );
    create table meetings (
      id uuid primary key,
      street_id uuid not null references streets (id),
      community_id uuid not null references communities (id),
      organization_id uuid references organizations (id),
      council_term_id uuid references council_terms (id),
      activity_id uuid references activities (id),
      -- A default type by its key, or a staff-added type by its row.
      type_key text,
      type_id uuid references meeting_types (id),
      title text not null,
      held_on date not null,
      place text,
      minutes text,
      public_summary text,
      share_code text unique,
      created_by uuid references users (id),
      created_at timestamptz not null,
      check ((type_key is null) <> (type_id is null))
    );
    create index meetings_community on meetings (community_id, held_on);
    create index meetings_organization on meetings (organization_id, held_on);
    create table meeting_agenda_items (
      id uuid primary key,
      street_id uuid not null references streets (id),
      meeting_id uuid not null references meetings (id),
      position integer not null check (position >= 1),
      title text not null,
      unique (meeting_id, position)
    );
    create table meeting_attendees (
      id uuid primary key,
      street_id uuid not null references streets (id),
      meeting_id uuid not null references meetings (id),
      person_id uuid references people (id),
      sign_in_id uuid references activity_sign_ins (id),
      is_child boolean not null default false,
      guardian_agreed boolean not null default false,
      source text not null check (source in ('chair', 'sign_in')),
      added_at timestamptz not null,
      check ((person_id is null) <> (sign_in_id is null)),
      check (not is_child or guardian_agreed),
      unique (meeting_id, person_id),
      unique (meeting_id, sign_in_id)
    );
    create table meeting_motions (
      id uuid primary key,
      street_id uuid not null references streets (id),
      meeting_id uuid not null references meetings (id),
      text text not null,
      amends_id uuid references meeting_motions (id),
      agenda_position integer,
      created_at timestamptz not null
    );
    create table meeting_votes (
      id uuid primary key,
      street_id uuid not null references streets (id),
      meeting_id uuid not null references meetings (id),
      motion_id uuid references meeting_motions (id),
      question text not null,
      kind text not null check (kind in ('motion', 'choice')),
      is_secret boolean not null,
      eligibility text not null check (eligibility in ('attendees', 'organization_members', 'term_members', 'estate_residents')),
      eligibility_id uuid,
      majority_rule text not null check (majority_rule in ('simple', 'two_thirds', 'consensus')),
      quorum_percent integer not null check (quorum_percent between 0 and 100),
      state text not null check (state in ('open', 'closed')),
      opened_at timestamptz not null,
      closed_at timestamptz,
      result jsonb,
      objection_note text
    );
    create table meeting_vote_options (
      id uuid primary key,
      street_id uuid not null references streets (id),
      vote_id uuid not null references meeting_votes (id),
      position integer not null,
      label text not null,
      proposal_id uuid references grant_proposals (id),
      unique (vote_id, position)
    );
    create index meeting_vote_options_proposal on meeting_vote_options (proposal_id) where proposal_id is not null;
    create table ballot_slips (
      id uuid primary key,
      street_id uuid not null references streets (id),
      vote_id uuid not null references meeting_votes (id),
      person_id uuid references people (id),
      attendee_id uuid references meeting_attendees (id),
      code text not null unique,
      is_used boolean not null default false,
      on_paper boolean not null default false,
      check ((person_id is null) <> (attendee_id is null))
    );
    create index ballot_slips_vote on ballot_slips (vote_id);
    create table open_ballots (
      id uuid primary key,
      street_id uuid not null references streets (id),
      vote_id uuid not null references meeting_votes (id),
      slip_id uuid not null unique references ballot_slips (id),
      choice text not null,
      cast_at timestamptz not null
    );
    create table secret_ballot_counts (
      id uuid primary key,
      street_id uuid not null references streets (id),
      vote_id uuid not null references meeting_votes (id),
      choice text not null,
      count integer not null default 0 check (count >= 0),
      unique (vote_id, choice)
    );
    create table vote_paper_tallies (
      id uuid primary key,
      street_id uuid not null references streets (id),
      vote_id uuid not null unique references meeting_votes (id),
      counts jsonb not null,
      ballots integer not null check (ballots >= 0),
      photo_key text,
      thumbnail_key text,
      entered_by uuid references users (id),
      entered_at timestamptz not null
    );
    create table meeting_decisions (
      id uuid primary key,
      street_id uuid not null references streets (id),
      meeting_id uuid not null references meetings (id),
      text text not null,
      motion_id uuid references meeting_motions (id),
      vote_id uuid references meeting_votes (id),
      created_at timestamptz not null
    );
    create table meeting_follow_ups (
      id uuid primary key,
      street_id uuid not null references streets (id),
      meeting_id uuid not null references meetings (id),
      what text not null,
      owner_person_id uuid references people (id),
      due_on date,
      done_on date,
      created_at timestamptz not null
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table meeting_follow_ups, meeting_decisions, vote_paper_tallies, secret_ballot_counts, open_ballots,
      ballot_slips, meeting_vote_options, meeting_votes, meeting_motions, meeting_attendees, meeting_agenda_items,
      meetings, council_term_members, council_terms, meeting_types
  `.execute(db);
}
