import {
  allowedChoices,
  type ChoiceCounts,
  choiceOutcome,
  combineTallies,
  effectiveRule,
  fail,
  type MajorityRule,
  motionOutcome,
  ok,
  type Result,
  type Vote,
  type VoteInput,
  type VoteResult,
} from '@seedbed/core';
import type { Selectable } from 'kysely';
import { insertAudited, updateAudited } from '../audited';
import type { Db } from '../connection';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import type { Database } from '../tables';
import { eligibleVoters } from './eligibility';
import { typeOfMeeting } from './meeting-types';
import { newSlipCode } from './slip-code';
import { slipsWithNames } from './voters';

type VoteRow = Selectable<Database['meeting_votes']>;

/**
 * Opening a vote 表决: its rule and quorum frozen (the vote's override, else its meeting type's), its
 * options in order, and one ballot slip per eligible voter — all in one transaction, so a vote
 * never exists without its slips. A secret vote also gets one count row per choice at 0, so a ballot
 * only ever updates a count (see migration 0033: no row per secret ballot).
 */
export function openVote(call: StoreContext, meetingId: string, input: VoteInput): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const meeting = await findInScope(tx, 'meetings', meetingId, { forUpdate: true });
    if (!meeting.ok) return meeting;
    const voters = await eligibleVoters(tx, meeting.value, input.eligibility, input.eligibilityId);
    if (!voters.ok) return voters;
    if (voters.value.length === 0) return fail('deliberation.no_eligible_voters');
    if (input.motionId) {
      const motion = await tx.db
        .selectFrom('meeting_motions')
        .select('id')
        .where('id', '=', input.motionId)
        .where('meeting_id', '=', meetingId)
        .executeTakeFirst();
      if (!motion) return fail('deliberation.unknown_item');
    }
    for (const option of input.options)
      if (option.proposalId) {
        const proposal = await findInScope(tx, 'grant_proposals', option.proposalId);
        if (!proposal.ok) return fail('deliberation.proposal_elsewhere');
      }
    const type = await typeOfMeeting(tx.db, meeting.value);
    const rule = effectiveRule(type, {
      majorityRule: input.majorityRule ?? null,
      quorumPercent: input.quorumPercent ?? null,
    });
    const street = meeting.value.street_id;
    const id = tx.newId();
    await insertAudited(
      tx,
      'meeting_votes',
      {
        id,
        street_id: street,
        meeting_id: meetingId,
        motion_id: input.motionId ?? null,
        question: input.question,
        kind: input.kind,
        is_secret: input.isSecret,
        eligibility: input.eligibility,
        eligibility_id: input.eligibilityId ?? null,
        majority_rule: rule.majorityRule,
        quorum_percent: rule.quorumPercent,
        state: 'open',
        opened_at: tx.actor.now,
        closed_at: null,
        result: null,
        objection_note: null,
      },
      { action: 'deliberation.vote.open' },
    );
    const optionIds: string[] = [];
    for (const [index, option] of input.options.entries()) {
      const optionId = tx.newId();
      optionIds.push(optionId);
      await insertAudited(
        tx,
        'meeting_vote_options',
        {
          id: optionId,
          street_id: street,
          vote_id: id,
          position: index + 1,
          label: option.label,
          proposal_id: option.proposalId ?? null,
        },
        { action: 'deliberation.vote.open' },
      );
    }
    // Slips are made in bulk; their audit is the vote's (the codes are keys, kept out of the trail).
    await tx.db
      .insertInto('ballot_slips')
      .values(
        voters.value.map((voter) => ({
          id: tx.newId(),
          street_id: street,
          vote_id: id,
          person_id: voter.personId,
          attendee_id: voter.attendeeId,
          code: newSlipCode(),
        })),
      )
      .execute();
    if (input.isSecret)
      await tx.db
        .insertInto('secret_ballot_counts')
        .values(
          allowedChoices({ kind: input.kind, optionIds }).map((choice) => ({
            id: tx.newId(),
            street_id: street,
            vote_id: id,
            choice,
          })),
        )
        .execute();
    return ok({ id });
  });
}

/** Phone ballots counted by choice: a secret vote's counts, or an open vote's ballots grouped. */
async function phoneCounts(db: Db, vote: VoteRow): Promise<Record<string, number>> {
  if (vote.is_secret) {
    const rows = await db
      .selectFrom('secret_ballot_counts')
      .select(['choice', 'count'])
      .where('vote_id', '=', vote.id)
      .execute();
    return Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [r.choice, r.count]));
  }
  const rows = await db
    .selectFrom('open_ballots')
    .select(['choice', db.fn.countAll<string>().as('n')])
    .where('vote_id', '=', vote.id)
    .groupBy('choice')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.choice, Number(r.n)]));
}

async function optionIdsOf(db: Db, voteId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('meeting_vote_options')
    .select('id')
    .where('vote_id', '=', voteId)
    .orderBy('position')
    .execute();
  return rows.map((r) => r.id);
}

/** The result of a vote from all its ballots: phone and paper, under its frozen rule and quorum. */
export async function resultOf(db: Db, vote: VoteRow, objectionNote: string | null): Promise<VoteResult> {
  const tally = await db
    .selectFrom('vote_paper_tallies')
    .select('counts')
    .where('vote_id', '=', vote.id)
    .executeTakeFirst();
  const counts = combineTallies(await phoneCounts(db, vote), (tally?.counts ?? {}) as ChoiceCounts);
  const { eligible } = await db
    .selectFrom('ballot_slips')
    .select(db.fn.countAll<string>().as('eligible'))
    .where('vote_id', '=', vote.id)
    .executeTakeFirstOrThrow();
  const rule = vote.majority_rule as MajorityRule;
  const base = {
    eligible: Number(eligible),
    quorumPercent: vote.quorum_percent,
    majorityRule: rule,
    counts,
    objectionNote,
  };
  if (vote.kind === 'motion') {
    const result = motionOutcome(counts, rule, Number(eligible), vote.quorum_percent);
    return {
      ...base,
      cast: result.cast,
      quorumMet: result.quorumMet,
      outcome: result.outcome,
      leaders: [],
      objections: result.objections,
    };
  }
  const result = choiceOutcome(counts, await optionIdsOf(db, vote.id), Number(eligible), vote.quorum_percent);
  return {
    ...base,
    cast: result.cast,
    quorumMet: result.quorumMet,
    outcome: result.outcome,
    leaders: result.leaders,
    objections: 0,
  };
}

/** Closing a vote: no more ballots or tallies; its result (quorum, rule, outcome) is kept on the row. */
export function closeVote(
  call: StoreContext,
  voteId: string,
  objectionNote: string | undefined,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const vote = await findInScope(tx, 'meeting_votes', voteId, { forUpdate: true });
    if (!vote.ok) return vote;
    if (vote.value.state === 'closed') return fail('deliberation.vote_closed');
    const result = await resultOf(tx.db, vote.value, objectionNote || null);
    await updateAudited(
      tx,
      'meeting_votes',
      voteId,
      {
        state: 'closed',
        closed_at: tx.actor.now,
        result: JSON.stringify(result),
        objection_note: objectionNote || null,
      },
      { action: 'deliberation.vote.close' },
    );
    return ok({ id: voteId });
  });
}

/**
 * A vote as the chair and the meeting read it. While a secret vote is open only how many slips
 * were used shows — a running count watched as each voter taps would tell who chose what; an open
 * vote shows its ballots with the voters' names. A closed vote has its result.
 */
export async function voteOf(db: Db, vote: VoteRow): Promise<Vote> {
  const options = await db
    .selectFrom('meeting_vote_options')
    .select(['id', 'label', 'proposal_id'])
    .where('vote_id', '=', vote.id)
    .orderBy('position')
    .execute();
  const slips = await slipsWithNames(db, vote.id);
  const tally = await db.selectFrom('vote_paper_tallies').selectAll().where('vote_id', '=', vote.id).executeTakeFirst();
  let openBallots: Vote['openBallots'] = null;
  if (!vote.is_secret) {
    const ballots = await db
      .selectFrom('open_ballots')
      .select(['slip_id', 'choice'])
      .where('vote_id', '=', vote.id)
      .orderBy('cast_at')
      .execute();
    const nameOf = new Map(slips.map((s) => [s.id, s.name]));
    openBallots = ballots.map((b) => ({ name: nameOf.get(b.slip_id) ?? '', choice: b.choice }));
  }
  return {
    id: vote.id,
    meetingId: vote.meeting_id,
    question: vote.question,
    kind: vote.kind as Vote['kind'],
    isSecret: vote.is_secret,
    eligibility: vote.eligibility as Vote['eligibility'],
    eligibilityId: vote.eligibility_id,
    majorityRule: vote.majority_rule as MajorityRule,
    quorumPercent: vote.quorum_percent,
    state: vote.state as Vote['state'],
    options: options.map((o) => ({ id: o.id, label: o.label, proposalId: o.proposal_id })),
    eligible: slips.length,
    used: slips.filter((s) => s.isUsed).length,
    paperTally: tally ? { counts: tally.counts, ballots: tally.ballots, hasPhoto: tally.photo_key !== null } : null,
    result: (vote.result as VoteResult | null) ?? null,
    openBallots,
  };
}

export async function findVote(call: Pick<StoreContext, 'db' | 'scope'>, voteId: string): Promise<Result<Vote>> {
  const vote = await findInScope(call, 'meeting_votes', voteId);
  if (!vote.ok) return vote;
  return ok(await voteOf(call.db, vote.value));
}

/** The printable slips: one per eligible voter, name and code (the sheet the chair cuts up). */
export async function findBallotSlips(
  call: Pick<StoreContext, 'db' | 'scope'>,
  voteId: string,
): Promise<Result<{ question: string; slips: { id: string; name: string; code: string; isUsed: boolean }[] }>> {
  const vote = await findInScope(call, 'meeting_votes', voteId);
  if (!vote.ok) return vote;
  const slips = await slipsWithNames(call.db, voteId);
  return ok({ question: vote.value.question, slips: slips.map(({ onPaper: _, ...slip }) => slip) });
}
