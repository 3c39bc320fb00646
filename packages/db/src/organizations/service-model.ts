import {
  checkFiguresPeriod,
  checkServiceModelSession,
  fail,
  ok,
  type Result,
  type ServiceModelCard,
  type ServiceModelCardInput,
  type ServiceModelFigures,
  type ServiceModelFiguresQuery,
  type ServiceModelSessionInput,
  type ServiceModelSessionRecord,
  type ServiceModelStep,
  serviceModelFigures,
  serviceModelProgress,
  shanghaiDate,
} from '@seedbed/core';
import type { Kysely } from 'kysely';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { visibleOrganizations } from '../scope';
import type { Database } from '../tables';

/**
 * The service-model card 服务模式 (seed 002): made only when the organization's leader chooses to
 * start it (the choice is the row: started_by, started_at, and its audit entry); then the leader and
 * staff fill it, and 梳理 sessions are recorded on it. Staff cannot start it: core's permissions
 * give 'organization.service_model.start' to leaders only, and every other write needs the card.
 */

type Reader = Pick<StoreContext, 'db' | 'scope'>;

async function sessionsOf(db: Kysely<Database>, cardIds: readonly string[]) {
  if (cardIds.length === 0) return [];
  return db
    .selectFrom('service_model_sessions')
    .select(['id', 'card_id', 'organization_id', 'held_on', 'step', 'completes_step', 'notes', 'coaching_session_id'])
    .where('card_id', 'in', [...cardIds])
    .orderBy('held_on')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
type SessionRow = Awaited<ReturnType<typeof sessionsOf>>[number];

const recordOf = (row: SessionRow): ServiceModelSessionRecord => ({
  id: row.id,
  heldOn: row.held_on,
  step: row.step as ServiceModelStep,
  completesStep: row.completes_step,
  coachingSessionId: row.coaching_session_id,
});

async function readCard(db: Kysely<Database>, organizationId: string): Promise<ServiceModelCard | null> {
  const card = await db
    .selectFrom('service_model_cards')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  if (!card) return null;
  const sessions = await sessionsOf(db, [card.id]);
  return {
    id: card.id,
    organizationId: card.organization_id,
    whatItDoes: card.what_it_does,
    mainService: card.main_service,
    beneficiaries: card.beneficiaries,
    stakeholders: card.stakeholders,
    fundingChannels: card.funding_channels,
    startedAt: card.started_at.toISOString(),
    updatedAt: card.updated_at.toISOString(),
    ...serviceModelProgress(sessions.map(recordOf)),
    sessions: sessions.map((s) => ({ ...recordOf(s), notes: s.notes })),
  };
}

/** The organization's card, or null while it has not chosen to start one. */
export async function findServiceModelCard(
  call: Reader,
  organizationId: string,
): Promise<Result<ServiceModelCard | null>> {
  const organization = await findInScope(call, 'organizations', organizationId);
  if (!organization.ok) return organization;
  return ok(await readCard(call.db, organizationId));
}

/** The leader's choice to start the card; choosing again answers the card as it is. */
export function startServiceModelCard(
  call: StoreContext,
  organizationId: string,
): Promise<Result<{ card: ServiceModelCard; created: boolean }>> {
  return inTransaction(call, async (tx) => {
    const organization = await findInScope(tx, 'organizations', organizationId, { forUpdate: true });
    if (!organization.ok) return organization;
    const existing = await readCard(tx.db, organizationId);
    if (existing) return ok({ card: existing, created: false });
    await insertAudited(
      tx,
      'service_model_cards',
      {
        id: tx.newId(),
        street_id: organization.value.street_id,
        organization_id: organizationId,
        started_by: tx.actor.userId,
        started_at: tx.actor.now,
        updated_by: tx.actor.userId,
        updated_at: tx.actor.now,
      },
      { action: 'organization.service_model.start' },
    );
    return ok({ card: (await readCard(tx.db, organizationId))!, created: true });
  });
}

/**
 * The organization (in scope, 403/404 first) and its card, locked for the write — or
 * 'organization.service_model_not_chosen' while the team has not chosen to start one.
 */
async function startedCard(tx: TxContext, organizationId: string) {
  const organization = await findInScope(tx, 'organizations', organizationId);
  if (!organization.ok) return organization;
  const card = await tx.db
    .selectFrom('service_model_cards')
    .select('id')
    .where('organization_id', '=', organizationId)
    .forUpdate()
    .executeTakeFirst();
  if (!card) return fail('organization.service_model_not_chosen');
  return ok({ card, organization: organization.value });
}

const columnOf = {
  whatItDoes: 'what_it_does',
  mainService: 'main_service',
  beneficiaries: 'beneficiaries',
  stakeholders: 'stakeholders',
  fundingChannels: 'funding_channels',
} as const;

/** Fills in the card's answers (the fields given; '' or null clears one). Refused until the team chose to start it. */
export function updateServiceModelCard(
  call: StoreContext,
  organizationId: string,
  input: ServiceModelCardInput,
): Promise<Result<ServiceModelCard>> {
  return inTransaction(call, async (tx) => {
    const found = await startedCard(tx, organizationId);
    if (!found.ok) return found;
    const { card } = found.value;
    const changes: Partial<Record<(typeof columnOf)[keyof typeof columnOf], string | null>> = {};
    for (const [field, column] of Object.entries(columnOf) as [
      keyof typeof columnOf,
      (typeof columnOf)[keyof typeof columnOf],
    ][]) {
      const value = input[field];
      if (value !== undefined) changes[column] = value || null;
    }
    await updateAudited(
      tx,
      'service_model_cards',
      card.id,
      { ...changes, updated_by: tx.actor.userId, updated_at: tx.actor.now },
      { action: 'organization.service_model.update' },
    );
    return ok((await readCard(tx.db, organizationId))!);
  });
}

/** Records a 梳理 session on the card (活动梳理 before 模式梳理 is completed; core's checkServiceModelSession). */
export function recordServiceModelSession(
  call: StoreContext,
  organizationId: string,
  input: ServiceModelSessionInput,
): Promise<Result<ServiceModelCard>> {
  return inTransaction(call, async (tx) => {
    const found = await startedCard(tx, organizationId);
    if (!found.ok) return found;
    const { card, organization } = found.value;
    if (input.coachingSessionId) {
      const session = await findInScope(tx, 'coaching_sessions', input.coachingSessionId);
      if (!session.ok) return session;
      const attended = await tx.db
        .selectFrom('coaching_session_organizations')
        .select('session_id')
        .where('session_id', '=', input.coachingSessionId)
        .where('organization_id', '=', organizationId)
        .executeTakeFirst();
      if (!attended) return fail('coaching.session_not_attended');
    }
    const earlier = (await sessionsOf(tx.db, [card.id])).map(recordOf);
    const refused = checkServiceModelSession(earlier, input);
    if (refused) return fail(refused);
    await insertAudited(
      tx,
      'service_model_sessions',
      {
        id: tx.newId(),
        street_id: organization.street_id,
        card_id: card.id,
        organization_id: organizationId,
        held_on: input.heldOn,
        step: input.step,
        completes_step: input.completesStep,
        notes: input.notes || null,
        coaching_session_id: input.coachingSessionId ?? null,
        recorded_by: tx.actor.userId,
      },
      { action: 'organization.service_model.session' },
    );
    return ok((await readCard(tx.db, organizationId))!);
  });
}

/**
 * The street's figures (core's serviceModelFigures) over a period — to date when none is given —
 * and the organizations of that street the caller sees: a community's official counts its own.
 */
export async function streetServiceModelFigures(
  call: Reader,
  streetId: string,
  period: ServiceModelFiguresQuery = {},
): Promise<Result<ServiceModelFigures>> {
  const reversed = checkFiguresPeriod(period);
  if (reversed) return fail(reversed);
  const street = await findInScope(call, 'streets', streetId, { includeGone: true });
  if (!street.ok) return street;
  const cards = await call.db
    .selectFrom('service_model_cards')
    .select(['id', 'organization_id', 'started_at'])
    .where('street_id', '=', streetId)
    .where(
      'organization_id',
      'in',
      call.db.selectFrom('organizations').select('organizations.id').where(visibleOrganizations(call.scope)),
    )
    .execute();
  const sessions = await sessionsOf(
    call.db,
    cards.map((c) => c.id),
  );
  return ok(
    serviceModelFigures(
      cards.map((card) => ({
        organizationId: card.organization_id,
        startedOn: shanghaiDate(card.started_at),
        sessions: sessions.filter((s) => s.card_id === card.id).map(recordOf),
      })),
      period,
    ),
  );
}
