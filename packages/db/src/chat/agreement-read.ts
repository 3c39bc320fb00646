import type { ChatAgreement } from '@seedbed/core';
import type { Db } from '../connection';

/** An agreement with the name of the person who agreed (read from their row, never copied). */
export function agreementQuery(db: Db) {
  return db
    .selectFrom('chat_agreements as a')
    .leftJoin('people as p', 'p.id', 'a.agreed_by_person_id')
    .selectAll('a')
    .select('p.name as agreed_by_name');
}

type AgreementRow = Awaited<ReturnType<ReturnType<typeof agreementQuery>['executeTakeFirstOrThrow']>>;

export function agreementOf(row: AgreementRow): ChatAgreement {
  return {
    id: row.id,
    groupId: row.group_id,
    agreedByPersonId: row.agreed_by_person_id,
    agreedByName: row.agreed_by_name ?? null,
    agreedByRole: row.agreed_by_role,
    agreedOn: row.agreed_on,
    scope: row.scope,
    textRetentionDays: row.text_retention_days,
    note: row.note,
    recordedAt: new Date(row.recorded_at).toISOString(),
    withdrawnOn: row.withdrawn_on,
  };
}
