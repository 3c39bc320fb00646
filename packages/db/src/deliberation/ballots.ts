import { allowedChoices, fail, normaliseReadableCode, ok, type PaperTallyInput, type Result } from '@seedbed/core';
import { insertAudited, updateAudited } from '../audited';
import type { PublicContext, StoreContext } from '../context';
import { inTransaction } from '../context';
import { findInScope } from '../find-in-scope';

/** What a slip's page shows: the question, the choices, whether the slip is still good. No name: the page may be seen over a shoulder. */
export interface SlipPage {
  meetingTitle: string;
  question: string;
  kind: 'motion' | 'choice';
  isSecret: boolean;
  options: { id: string; label: string }[];
  isUsed: boolean;
  isClosed: boolean;
}

async function slipByCode(db: PublicContext['db'], code: string, forUpdate = false) {
  let query = db
    .selectFrom('ballot_slips as b')
    .innerJoin('meeting_votes as v', 'v.id', 'b.vote_id')
    .innerJoin('meetings as m', 'm.id', 'v.meeting_id')
    .select([
      'b.id',
      'b.street_id',
      'b.vote_id',
      'b.is_used',
      'v.kind',
      'v.is_secret',
      'v.question',
      'v.state',
      'm.title as meetingTitle',
    ])
    .where('b.code', '=', normaliseReadableCode(code));
  if (forUpdate) query = query.forUpdate('b');
  return query.executeTakeFirst();
}

async function optionsOf(db: PublicContext['db'], voteId: string) {
  return db
    .selectFrom('meeting_vote_options')
    .select(['id', 'label'])
    .where('vote_id', '=', voteId)
    .orderBy('position')
    .execute();
}

/** The slip behind a code (a personal ballot slip printed for one eligible voter), for its page /b/{code}. */
export async function findBallotSlip(call: Pick<PublicContext, 'db'>, code: string): Promise<Result<SlipPage>> {
  const slip = await slipByCode(call.db, code);
  if (!slip) return fail('deliberation.unknown_slip');
  return ok({
    meetingTitle: slip.meetingTitle,
    question: slip.question,
    kind: slip.kind as SlipPage['kind'],
    isSecret: slip.is_secret,
    options: await optionsOf(call.db, slip.vote_id),
    isUsed: slip.is_used,
    isClosed: slip.state === 'closed',
  });
}

/**
 * A ballot from a slip: one person one vote (the slip is locked, used once), only while the vote is
 * open, only one of the vote's choices. A secret ballot marks the slip used and adds one to its
 * choice's count — no row, no time, no audit entry ties them (migration 0033); an open ballot is a
 * row naming its slip, audited.
 */
export function castBallot(call: PublicContext, code: string, choice: string): Promise<Result<{ choice: string }>> {
  return call.db.transaction().execute(async (trx) => {
    // The vote first (shared: ballots don't wait for each other), in the order closing and the paper
    // tally take it (vote, then slips): a ballot and a closing run one after the other, so a ballot
    // the voter is told was counted is in the result, and nothing deadlocks.
    const found = await slipByCode(trx, code);
    if (!found) return fail('deliberation.unknown_slip');
    await trx.selectFrom('meeting_votes').select('id').where('id', '=', found.vote_id).forShare().execute();
    const slip = await slipByCode(trx, code, true);
    if (!slip) return fail('deliberation.unknown_slip');
    if (slip.state === 'closed') return fail('deliberation.vote_closed');
    if (slip.is_used) return fail('deliberation.slip_used');
    const optionIds = (await optionsOf(trx, slip.vote_id)).map((o) => o.id);
    if (!allowedChoices({ kind: slip.kind as 'motion' | 'choice', optionIds }).includes(choice))
      return fail('deliberation.choice_invalid');
    await trx.updateTable('ballot_slips').set({ is_used: true }).where('id', '=', slip.id).execute();
    if (slip.is_secret) {
      await trx
        .updateTable('secret_ballot_counts')
        .set((eb) => ({ count: eb('count', '+', 1) }))
        .where('vote_id', '=', slip.vote_id)
        .where('choice', '=', choice)
        .execute();
    } else {
      await insertAudited(
        { db: trx, actor: call.actor },
        'open_ballots',
        {
          id: call.newId(),
          street_id: slip.street_id,
          vote_id: slip.vote_id,
          slip_id: slip.id,
          choice,
          cast_at: call.actor.now,
        },
        { action: 'deliberation.ballot.cast' },
      );
    }
    return ok({ choice });
  });
}

/**
 * The chair's paper tally 纸质计票: counts per choice from the paper ballots, and the slips handed in
 * on paper (ticked on the chair's list), which are then used — so nobody votes on paper and by phone.
 * The counts must add up to the slips ticked. One tally per vote, while it is open.
 */
export function enterPaperTally(
  call: StoreContext,
  voteId: string,
  input: PaperTallyInput,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const vote = await findInScope(tx, 'meeting_votes', voteId, { forUpdate: true });
    if (!vote.ok) return vote;
    if (vote.value.state === 'closed') return fail('deliberation.vote_closed');
    const existing = await tx.db
      .selectFrom('vote_paper_tallies')
      .select('id')
      .where('vote_id', '=', voteId)
      .executeTakeFirst();
    if (existing) return fail('deliberation.tally_exists');
    const optionIds = (await optionsOf(tx.db, voteId)).map((o) => o.id);
    const allowed = allowedChoices({ kind: vote.value.kind as 'motion' | 'choice', optionIds });
    if (Object.keys(input.counts).some((choice) => !allowed.includes(choice)))
      return fail('deliberation.choice_invalid');
    const slipIds = [...new Set(input.slipIds)];
    const total = Object.values(input.counts).reduce((sum, n) => sum + n, 0);
    if (total !== slipIds.length || slipIds.length !== input.slipIds.length) return fail('deliberation.tally_mismatch');
    const slips = await tx.db
      .selectFrom('ballot_slips')
      .select(['id', 'is_used'])
      .where('vote_id', '=', voteId)
      .where('id', 'in', slipIds)
      .forUpdate()
      .execute();
    if (slips.length !== slipIds.length) return fail('deliberation.unknown_slip');
    if (slips.some((s) => s.is_used)) return fail('deliberation.slip_used');
    await tx.db.updateTable('ballot_slips').set({ is_used: true, on_paper: true }).where('id', 'in', slipIds).execute();
    const id = tx.newId();
    await insertAudited(
      tx,
      'vote_paper_tallies',
      {
        id,
        street_id: vote.value.street_id,
        vote_id: voteId,
        counts: JSON.stringify(input.counts),
        ballots: total,
        photo_key: null,
        thumbnail_key: null,
        entered_by: tx.actor.userId,
        entered_at: tx.actor.now,
      },
      { action: 'deliberation.tally.enter' },
    );
    return ok({ id });
  });
}

/** The tally sheet's photo (the photo pipeline made the files); replaces an earlier one. */
export function setTallyPhoto(
  call: StoreContext,
  voteId: string,
  files: { fileKey: string; thumbnailKey: string },
): Promise<Result<{ previous: { fileKey: string; thumbnailKey: string } | null }>> {
  return inTransaction(call, async (tx) => {
    const vote = await findInScope(tx, 'meeting_votes', voteId);
    if (!vote.ok) return vote;
    const tally = await tx.db
      .selectFrom('vote_paper_tallies')
      .selectAll()
      .where('vote_id', '=', voteId)
      .forUpdate()
      .executeTakeFirst();
    if (!tally) return fail('deliberation.unknown_item');
    await updateAudited(
      tx,
      'vote_paper_tallies',
      tally.id,
      { photo_key: files.fileKey, thumbnail_key: files.thumbnailKey },
      { action: 'deliberation.tally.photo' },
    );
    const previous =
      tally.photo_key && tally.thumbnail_key ? { fileKey: tally.photo_key, thumbnailKey: tally.thumbnail_key } : null;
    return ok({ previous });
  });
}

/** The tally sheet's photo files, for serving. */
export async function findTallyPhoto(
  call: Pick<StoreContext, 'db' | 'scope'>,
  voteId: string,
): Promise<Result<{ fileKey: string; thumbnailKey: string }>> {
  const vote = await findInScope(call, 'meeting_votes', voteId);
  if (!vote.ok) return vote;
  const tally = await call.db
    .selectFrom('vote_paper_tallies')
    .selectAll()
    .where('vote_id', '=', voteId)
    .executeTakeFirst();
  if (!tally?.photo_key || !tally.thumbnail_key) return fail('deliberation.unknown_item');
  return ok({ fileKey: tally.photo_key, thumbnailKey: tally.thumbnail_key });
}
