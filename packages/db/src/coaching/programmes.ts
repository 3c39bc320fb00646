import {
  type CultivationProgramme,
  type CultivationProgrammeInput,
  type CultivationProgrammeSummary,
  type CultivationProgrammeUpdate,
  checkProgramme,
  countedPeriod,
  fail,
  isNewcomer,
  ok,
  type ProgrammeKind,
  type ProgrammeParticipantsInput,
  programmeOutputs,
  programmeStageMoves,
  type Result,
  type Stage,
} from '@seedbed/core';
import type { Selectable } from 'kysely';
import { recordAudit } from '../audit';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext } from '../context';
import { findAllInScope, findInScope } from '../find-in-scope';
import { stageHistoryOf } from '../organizations';
import { scopeRules } from '../scope';
import type { Database } from '../tables';
import { programmeRecords } from './programme-records';

/**
 * Cultivation programmes (seed 002: 民生议题讨论会, 供需协商会): staff make them and add the
 * organizations taking part; the outputs are computed from the records when read (core's
 * programme-outputs.ts). The programme's meetings belong to `deliberation`: a meeting names its
 * programme (0036), and `readProgramme` lists them beside the participants.
 */

type Reader = Pick<StoreContext, 'db' | 'scope' | 'today'>;
type ProgrammeRow = Selectable<Database['cultivation_programmes']>;

function summaryOf(row: ProgrammeRow, participantCount: number): CultivationProgrammeSummary {
  return {
    id: row.id,
    streetId: row.street_id,
    name: row.name,
    kind: row.kind as ProgrammeKind,
    kindName: row.kind_name,
    fromStage: row.from_stage as Stage | null,
    toStage: row.to_stage as Stage | null,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    description: row.description,
    participantCount,
  };
}

/** The programmes of the streets the caller sees (or of one street), newest first. */
export async function listProgrammes(call: Reader, query: { streetId?: string }) {
  let rows = call.db
    .selectFrom('cultivation_programmes')
    .selectAll('cultivation_programmes')
    .select((eb) =>
      eb
        .selectFrom('cultivation_programme_organizations as p')
        .select((inner) => inner.fn.countAll<string>().as('n'))
        .whereRef('p.programme_id', '=', 'cultivation_programmes.id')
        .as('participant_count'),
    )
    .where(scopeRules.cultivation_programmes.visible(call.scope))
    .orderBy('cultivation_programmes.starts_on', 'desc')
    .orderBy('cultivation_programmes.id');
  if (query.streetId) rows = rows.where('cultivation_programmes.street_id', '=', query.streetId);
  return (await rows.execute()).map((row) => summaryOf(row, Number(row.participant_count ?? 0)));
}

/** One programme with its participants (newcomers marked) and the outputs computed from the records. */
export async function readProgramme(call: Reader, programmeId: string): Promise<Result<CultivationProgramme>> {
  const found = await findInScope(call, 'cultivation_programmes', programmeId);
  if (!found.ok) return found;
  const row = found.value;
  const { db } = call;
  const participants = await db
    .selectFrom('cultivation_programme_organizations as p')
    .innerJoin('organizations as o', 'o.id', 'p.organization_id')
    .select(['p.organization_id', 'p.joined_on', 'o.name', 'o.founded_on'])
    .where('p.programme_id', '=', programmeId)
    .orderBy('o.name')
    .orderBy('p.organization_id')
    .execute();
  const organizationIds = participants.map((p) => p.organization_id);
  const earlier =
    organizationIds.length === 0
      ? []
      : await db
          .selectFrom('cultivation_programme_organizations as p')
          .innerJoin('cultivation_programmes as c', 'c.id', 'p.programme_id')
          .select(['p.organization_id', 'c.starts_on'])
          .where('p.organization_id', 'in', organizationIds)
          .where('c.id', '<>', programmeId)
          .execute();
  const period = countedPeriod({ startsOn: row.starts_on, endsOn: row.ends_on }, call.today);
  const records = await programmeRecords(db, organizationIds, period);
  const history = await stageHistoryOf(db, organizationIds, period.to);
  const outputs = programmeOutputs({
    period,
    participants: participants.map((p) => ({ organizationId: p.organization_id, joinedOn: p.joined_on })),
    ...records,
  });
  const stageMoves = programmeStageMoves({
    period,
    participants: participants.map((p) => ({
      organizationId: p.organization_id,
      joinedOn: p.joined_on,
      history: history.filter((h) => h.organizationId === p.organization_id),
    })),
  });
  const listed = participants.map((p) => ({
    organizationId: p.organization_id,
    name: p.name,
    joinedOn: p.joined_on,
    isNewcomer: isNewcomer(
      { startsOn: row.starts_on, endsOn: row.ends_on },
      {
        foundedOn: p.founded_on,
        earlierProgrammeStarts: earlier.filter((e) => e.organization_id === p.organization_id).map((e) => e.starts_on),
      },
    ),
    figures: outputs.byOrganization.get(p.organization_id)!,
    stageMove: stageMoves.byOrganization.get(p.organization_id)!,
  }));
  return ok({
    ...summaryOf(row, listed.length),
    countedFrom: period.from,
    countedTo: period.to,
    participants: listed,
    newcomerCount: listed.filter((p) => p.isNewcomer).length,
    totals: outputs.totals,
    stageMoves: { movedUp: stageMoves.movedUp, compared: stageMoves.compared, moves: stageMoves.moves },
    meetings: await programmeMeetings(call, programmeId),
  });
}

export function createProgramme(
  call: StoreContext,
  input: CultivationProgrammeInput,
): Promise<Result<CultivationProgramme>> {
  return inTransaction(call, async (tx) => {
    const street = await findInScope(tx, 'streets', input.streetId);
    if (!street.ok) return street;
    const values = {
      name: input.name,
      kind: input.kind,
      kind_name: input.kind === 'other' ? (input.kindName ?? null) : null,
      from_stage: input.fromStage ?? null,
      to_stage: input.toStage ?? null,
      starts_on: input.startsOn,
      ends_on: input.endsOn ?? null,
      description: input.description || null,
    };
    const refused = checkProgramme({
      ...values,
      kindName: values.kind_name,
      startsOn: values.starts_on,
      endsOn: values.ends_on,
    });
    if (refused) return fail(refused);
    const row = await insertAudited(
      tx,
      'cultivation_programmes',
      { ...values, id: tx.newId(), street_id: input.streetId, created_by: tx.actor.userId, updated_at: tx.actor.now },
      { action: 'coaching.programme.create' },
    );
    return readProgramme(tx, row.id);
  });
}

export function updateProgramme(
  call: StoreContext,
  programmeId: string,
  input: CultivationProgrammeUpdate,
): Promise<Result<CultivationProgramme>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'cultivation_programmes', programmeId, { forUpdate: true });
    if (!found.ok) return found;
    const row = found.value;
    const kind = input.kind ?? (row.kind as ProgrammeKind);
    const next = {
      name: input.name ?? row.name,
      kind,
      kind_name: kind === 'other' ? (input.kindName === undefined ? row.kind_name : input.kindName) : null,
      from_stage: input.fromStage === undefined ? row.from_stage : input.fromStage,
      to_stage: input.toStage === undefined ? row.to_stage : input.toStage,
      starts_on: input.startsOn ?? row.starts_on,
      ends_on: input.endsOn === undefined ? row.ends_on : input.endsOn,
      description: input.description === undefined ? row.description : input.description || null,
    };
    const refused = checkProgramme({ kind, kindName: next.kind_name, startsOn: next.starts_on, endsOn: next.ends_on });
    if (refused) return fail(refused);
    await updateAudited(
      tx,
      'cultivation_programmes',
      programmeId,
      { ...next, updated_at: tx.actor.now },
      {
        action: 'coaching.programme.update',
      },
    );
    return readProgramme(tx, programmeId);
  });
}

/**
 * Adds organizations of the programme's street, each joining on the day given (the programme's
 * start, when none). One already taking part keeps the day it joined: adding twice changes nothing.
 */
export function addProgrammeParticipants(
  call: StoreContext,
  programmeId: string,
  input: ProgrammeParticipantsInput,
): Promise<Result<CultivationProgramme>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'cultivation_programmes', programmeId, { forUpdate: true });
    if (!found.ok) return found;
    const programme = found.value;
    const organizations = await findAllInScope(tx, 'organizations', input.organizationIds);
    if (!organizations.ok) return organizations;
    if (organizations.value.some((o) => o.street_id !== programme.street_id))
      return fail('coaching.programme_other_street');
    const joinedOn = input.joinedOn ?? programme.starts_on;
    const added = await tx.db
      .insertInto('cultivation_programme_organizations')
      .values(
        organizations.value.map((o) => ({
          programme_id: programmeId,
          organization_id: o.id,
          street_id: programme.street_id,
          joined_on: joinedOn,
          added_by: tx.actor.userId,
        })),
      )
      .onConflict((oc) => oc.columns(['programme_id', 'organization_id']).doNothing())
      .returningAll()
      .execute();
    if (added.length > 0)
      await recordAudit(tx.db, tx.actor, {
        action: 'coaching.programme.participants.add',
        tableName: 'cultivation_programmes',
        recordId: programmeId,
        streetId: programme.street_id,
        after: added,
      });
    return readProgramme(tx, programmeId);
  });
}

/** Takes an organization out of the programme (added by mistake); its activities stay its own. */
export function removeProgrammeParticipant(
  call: StoreContext,
  programmeId: string,
  organizationId: string,
): Promise<Result<CultivationProgramme>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'cultivation_programmes', programmeId, { forUpdate: true });
    if (!found.ok) return found;
    const removed = await tx.db
      .deleteFrom('cultivation_programme_organizations')
      .where('programme_id', '=', programmeId)
      .where('organization_id', '=', organizationId)
      .returningAll()
      .executeTakeFirst();
    if (!removed) return fail('coaching.not_a_participant');
    await recordAudit(tx.db, tx.actor, {
      action: 'coaching.programme.participants.remove',
      tableName: 'cultivation_programmes',
      recordId: programmeId,
      streetId: found.value.street_id,
      before: removed,
    });
    return readProgramme(tx, programmeId);
  });
}

/** The meetings that name the programme (deliberation, 0036), as far as the caller sees meetings. */
function programmeMeetings(call: Reader, programmeId: string) {
  return call.db
    .selectFrom('meetings')
    .select(['meetings.id', 'meetings.title', 'meetings.held_on as heldOn'])
    .where('meetings.programme_id', '=', programmeId)
    .where(scopeRules.meetings.visible(call.scope))
    .orderBy('meetings.held_on')
    .orderBy('meetings.id')
    .execute();
}
