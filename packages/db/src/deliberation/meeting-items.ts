import {
  type AttendeeInput,
  type DecisionInput,
  type FollowUpInput,
  fail,
  isChildUnder14,
  type MotionInput,
  ok,
  type Result,
} from '@seedbed/core';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';

/**
 * What happens at a meeting: who came, motions and amendments, decisions, follow-up actions. Each is
 * added to a meeting the caller may run; an item named by id must belong to that meeting.
 */
async function lockMeeting(tx: TxContext, meetingId: string) {
  return findInScope(tx, 'meetings', meetingId, { forUpdate: true });
}

/**
 * The chair adds a person. A child under 14 (PIPL art. 31) attends with a guardian's agreement,
 * ticked by the chair, or not at all.
 */
export function addAttendee(
  call: StoreContext,
  meetingId: string,
  input: AttendeeInput,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    if (!meeting.ok) return meeting;
    const person = await findInScope(tx, 'people', input.personId);
    if (!person.ok) return person;
    const isChild = isChildUnder14(
      { birthDate: person.value.birth_date, birthYear: person.value.birth_year },
      tx.today,
    );
    if (isChild && !input.guardianAgreed) return fail('deliberation.guardian_needed');
    const already = await tx.db
      .selectFrom('meeting_attendees')
      .select('id')
      .where('meeting_id', '=', meetingId)
      .where('person_id', '=', input.personId)
      .executeTakeFirst();
    if (already) return fail('deliberation.already_attending');
    const id = tx.newId();
    await insertAudited(
      tx,
      'meeting_attendees',
      {
        id,
        street_id: meeting.value.street_id,
        meeting_id: meetingId,
        person_id: input.personId,
        sign_in_id: null,
        is_child: isChild,
        guardian_agreed: isChild && input.guardianAgreed,
        source: 'chair',
        added_at: tx.actor.now,
      },
      { action: 'deliberation.attendee.add' },
    );
    return ok({ id });
  });
}

/**
 * A meeting held as an activity takes its attendees from the activity's sign-ins (no name is
 * copied: the attendee points at the sign-in). A child's sign-in comes with its guardian's consent
 * already (the sign-in page asks for it); one without is left out. Sign-ins already taken are skipped.
 */
export function attendeesFromSignIns(call: StoreContext, meetingId: string): Promise<Result<{ added: number }>> {
  return inTransaction(call, async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    if (!meeting.ok) return meeting;
    if (!meeting.value.activity_id) return ok({ added: 0 });
    const signIns = await tx.db
      .selectFrom('activity_sign_ins as s')
      .select(['s.id', 's.is_child', 's.guardian_consent'])
      .where('s.activity_id', '=', meeting.value.activity_id)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('meeting_attendees as a')
              .select('a.id')
              .whereRef('a.sign_in_id', '=', 's.id')
              .where('a.meeting_id', '=', meetingId),
          ),
        ),
      )
      .orderBy('s.signed_at')
      .execute();
    let added = 0;
    for (const signIn of signIns) {
      if (signIn.is_child && !signIn.guardian_consent) continue;
      await insertAudited(
        tx,
        'meeting_attendees',
        {
          id: tx.newId(),
          street_id: meeting.value.street_id,
          meeting_id: meetingId,
          person_id: null,
          sign_in_id: signIn.id,
          is_child: signIn.is_child,
          guardian_agreed: signIn.is_child,
          source: 'sign_in',
          added_at: tx.actor.now,
        },
        { action: 'deliberation.attendee.add' },
      );
      added += 1;
    }
    return ok({ added });
  });
}

/** A motion 动议, or an amendment 修正案 naming the motion of this meeting it amends. */
export function addMotion(call: StoreContext, meetingId: string, input: MotionInput): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    if (!meeting.ok) return meeting;
    if (input.amendsId && !(await belongs(tx, 'meeting_motions', input.amendsId, meetingId)))
      return fail('deliberation.unknown_item');
    const id = tx.newId();
    await insertAudited(
      tx,
      'meeting_motions',
      {
        id,
        street_id: meeting.value.street_id,
        meeting_id: meetingId,
        text: input.text,
        amends_id: input.amendsId ?? null,
        agenda_position: input.agendaPosition ?? null,
        created_at: tx.actor.now,
      },
      { action: 'deliberation.motion.add' },
    );
    return ok({ id });
  });
}

/** A decision 决定, optionally from a motion or a vote of this meeting. */
export function addDecision(
  call: StoreContext,
  meetingId: string,
  input: DecisionInput,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    if (!meeting.ok) return meeting;
    if (input.motionId && !(await belongs(tx, 'meeting_motions', input.motionId, meetingId)))
      return fail('deliberation.unknown_item');
    if (input.voteId && !(await belongs(tx, 'meeting_votes', input.voteId, meetingId)))
      return fail('deliberation.unknown_item');
    const id = tx.newId();
    await insertAudited(
      tx,
      'meeting_decisions',
      {
        id,
        street_id: meeting.value.street_id,
        meeting_id: meetingId,
        text: input.text,
        motion_id: input.motionId ?? null,
        vote_id: input.voteId ?? null,
        created_at: tx.actor.now,
      },
      { action: 'deliberation.decision.add' },
    );
    return ok({ id });
  });
}

/** A follow-up action 跟进事项: what, an owner (a person the caller may see), a due day. */
export function addFollowUp(
  call: StoreContext,
  meetingId: string,
  input: FollowUpInput,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    if (!meeting.ok) return meeting;
    if (input.ownerPersonId) {
      const owner = await findInScope(tx, 'people', input.ownerPersonId);
      if (!owner.ok) return owner;
    }
    const id = tx.newId();
    await insertAudited(
      tx,
      'meeting_follow_ups',
      {
        id,
        street_id: meeting.value.street_id,
        meeting_id: meetingId,
        what: input.what,
        owner_person_id: input.ownerPersonId ?? null,
        due_on: input.dueOn ?? null,
        done_on: null,
        created_at: tx.actor.now,
      },
      { action: 'deliberation.follow_up.add' },
    );
    return ok({ id });
  });
}

/** Done today, or not done after all. */
export function setFollowUpDone(
  call: StoreContext,
  meetingId: string,
  followUpId: string,
  done: boolean,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    if (!meeting.ok) return meeting;
    if (!(await belongs(tx, 'meeting_follow_ups', followUpId, meetingId))) return fail('deliberation.unknown_item');
    await updateAudited(
      tx,
      'meeting_follow_ups',
      followUpId,
      { done_on: done ? tx.today : null },
      { action: 'deliberation.follow_up.done' },
    );
    return ok({ id: followUpId });
  });
}

async function belongs(
  tx: TxContext,
  table: 'meeting_motions' | 'meeting_votes' | 'meeting_follow_ups',
  id: string,
  meetingId: string,
): Promise<boolean> {
  const row = await tx.db
    .selectFrom(table)
    .select('id')
    .where('id', '=', id)
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  return row !== undefined;
}
