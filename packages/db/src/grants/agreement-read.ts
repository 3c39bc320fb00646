import {
  type AgreementLine,
  fail,
  type GrantAgreement,
  type LedgerTerms,
  type NegativeListEntry,
  ok,
  type Result,
} from '@seedbed/core';
import type { Selectable } from 'kysely';
import type { StoreContext, TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import type { GrantAgreementsTable } from './agreement-tables';

type AgreementRow = Selectable<GrantAgreementsTable>;

const instant = (value: Date | string) => new Date(value).toISOString();

export function agreementTermsOf(row: AgreementRow): LedgerTerms {
  return {
    capFen: Number(row.approved_fen),
    tolerancePercent: row.tolerance_percent,
    lines: (row.lines as AgreementLine[]).map(({ key, label, budgetFen }) => ({ key, label, budgetFen })),
  };
}

export const agreementLinesOf = (row: AgreementRow) => row.lines as AgreementLine[];
export const agreementNegativeListOf = (row: AgreementRow) => row.negative_list as NegativeListEntry[];

/** One agreement, whole: 404 unknown, 403 out of scope (the team's, its street's and community's readers). */
export async function readGrantAgreement(
  call: Pick<StoreContext, 'db' | 'scope'>,
  id: string,
): Promise<Result<GrantAgreement>> {
  const found = await findInScope(call, 'grant_agreements', id);
  if (!found.ok) return found;
  const row = found.value;
  const round = await call.db
    .selectFrom('grant_rounds')
    .select('name')
    .where('id', '=', row.round_id)
    .executeTakeFirstOrThrow();
  return ok({
    id: row.id,
    proposalId: row.proposal_id,
    roundId: row.round_id,
    roundName: round.name,
    organization: { id: row.organization_id, name: row.team_name },
    streetId: row.street_id,
    title: row.title,
    grantorName: row.grantor_name,
    approvedFen: Number(row.approved_fen),
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    tolerancePercent: row.tolerance_percent,
    lines: agreementLinesOf(row),
    negativeList: agreementNegativeListOf(row),
    closedAt: row.closed_at === null ? null : instant(row.closed_at),
    createdAt: instant(row.created_at),
  });
}

/** The team's agreements, newest first (the team page lists them; a team has one or two a year). */
export async function listOrganizationAgreements(
  call: Pick<StoreContext, 'db' | 'scope'>,
  organizationId: string,
): Promise<Result<GrantAgreement[]>> {
  const organization = await findInScope(call, 'organizations', organizationId);
  if (!organization.ok) return organization;
  const ids = await call.db
    .selectFrom('grant_agreements')
    .select('id')
    .where('organization_id', '=', organizationId)
    .orderBy('created_at', 'desc')
    .execute();
  const agreements: GrantAgreement[] = [];
  for (const { id } of ids) {
    const agreement = await readGrantAgreement(call, id);
    if (agreement.ok) agreements.push(agreement.value);
  }
  return ok(agreements);
}

/**
 * The agreement a money write hangs off, locked for the rest of the transaction: every write to
 * one grant's money (a claim, a move, a tranche, closing) takes this lock first, so two of them at
 * the same moment — two finance approvals of one claim — run one after the other and the second
 * sees the first. A closed grant takes no more money (`grants.grant_closed`).
 */
export async function lockOpenAgreement(tx: TxContext, id: string): Promise<Result<AgreementRow>> {
  const found = await findInScope(tx, 'grant_agreements', id, { forUpdate: true });
  if (!found.ok) return found;
  if (found.value.closed_at !== null) return fail('grants.grant_closed');
  return found;
}
