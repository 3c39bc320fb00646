import { type Kysely, sql } from 'kysely';

/**
 * Review, dialogue and selection of grant proposals (issue 17): a round's reviewers and the
 * conflicts they declare, who is assigned which proposal, the blind score sheets, the round's
 * review settings (展示评审's weight, when the scores were released to the teams), the eligibility
 * rules staff confirm at 立案评审, the presentation scores and the dialogue-meeting records
 * (多方对话会). The determination itself lives on grant_proposals (migration 0023).
 *
 * A sheet's scores are jsonb, checked against the round's rubric by core on the way in and read
 * back whole: a sheet is written and read as one, and a criterion is named by its key inside the
 * round's rubric (itself jsonb), so a row per score would gain no integrity.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- One row per round once staff touch its review: the id is the round's.
    create table grant_review_settings (
      id uuid primary key references grant_rounds (id),
      street_id uuid not null references streets (id),
      presentation_weight_percent integer not null default 0
        check (presentation_weight_percent between 0 and 100),
      -- Set once: from then on each team reads its own scores and the reviewers' comments.
      released_at timestamptz,
      released_by uuid references users (id)
    );

    create table grant_reviewers (
      id uuid primary key,
      street_id uuid not null references streets (id),
      round_id uuid not null references grant_rounds (id),
      user_id uuid not null references users (id),
      expertise text not null check (expertise in ('management', 'project', 'finance', 'community')),
      added_by uuid references users (id),
      created_at timestamptz not null,
      unique (round_id, user_id)
    );
    create index grant_reviewers_user on grant_reviewers (user_id);

    -- A conflict a reviewer declares: an organization or a person (a relative). The note says why
    -- in the reviewer's words; the form asks for no names.
    create table grant_reviewer_conflicts (
      id uuid primary key,
      street_id uuid not null references streets (id),
      reviewer_id uuid not null references grant_reviewers (id),
      organization_id uuid references organizations (id),
      person_id uuid references people (id),
      note text not null default '',
      declared_at timestamptz not null,
      check (organization_id is not null or person_id is not null)
    );
    create index grant_reviewer_conflicts_reviewer on grant_reviewer_conflicts (reviewer_id);
    create index grant_reviewer_conflicts_person on grant_reviewer_conflicts (person_id) where person_id is not null;

    create table grant_review_assignments (
      id uuid primary key,
      street_id uuid not null references streets (id),
      round_id uuid not null references grant_rounds (id),
      proposal_id uuid not null references grant_proposals (id),
      reviewer_id uuid not null references grant_reviewers (id),
      assigned_by uuid references users (id),
      assigned_at timestamptz not null,
      unique (proposal_id, reviewer_id)
    );
    create index grant_review_assignments_reviewer on grant_review_assignments (reviewer_id);

    -- One sheet per assignment, replaced whole while the round's scores are not released.
    create table grant_reviews (
      id uuid primary key,
      street_id uuid not null references streets (id),
      assignment_id uuid not null unique references grant_review_assignments (id),
      proposal_id uuid not null references grant_proposals (id),
      proposal_version integer not null,
      scores jsonb not null,
      comment text not null default '',
      recommendation text not null check (recommendation in ('yes', 'maybe', 'no')),
      recommended_fen bigint check (recommended_fen >= 0),
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index grant_reviews_proposal on grant_reviews (proposal_id);

    -- 展示评审: one judge's mark out of 100, entered by staff after the presentation.
    create table grant_presentation_scores (
      id uuid primary key,
      street_id uuid not null references streets (id),
      proposal_id uuid not null references grant_proposals (id),
      points integer not null check (points between 0 and 100),
      recorded_by uuid references users (id),
      recorded_at timestamptz not null
    );
    create index grant_presentation_scores_proposal on grant_presentation_scores (proposal_id);

    -- The confirmed eligibility rules staff ticked at 立案评审 (the id is the proposal's); the
    -- checked rules are computed from the proposal each time.
    create table grant_eligibility_confirmations (
      id uuid primary key references grant_proposals (id),
      street_id uuid not null references streets (id),
      confirmed_keys jsonb not null,
      confirmed_by uuid references users (id),
      updated_at timestamptz not null
    );

    -- 多方对话会: parties and head counts, not names.
    create table grant_dialogue_meetings (
      id uuid primary key,
      street_id uuid not null references streets (id),
      proposal_id uuid not null references grant_proposals (id),
      held_on date not null,
      attendance jsonb not null,
      questions text not null,
      agreed_changes text not null default '',
      recorded_by uuid references users (id),
      recorded_at timestamptz not null
    );
    create index grant_dialogue_meetings_proposal on grant_dialogue_meetings (proposal_id, held_on);
  `.execute(db);
}
