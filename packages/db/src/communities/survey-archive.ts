import { ok, type Result } from '@seedbed/core';
import { updateAudited } from '../audited';
import type { StoreContext } from '../context';
import { type ArchivableTable, onRecord, type SavedRecord } from './survey-scope';
import { refreshCommitteeAttitude } from './survey-stakeholders';

/**
 * Archiving a survey record entered by mistake: a stakeholder, a need, a space, a resource. The row
 * stays (with its attitudes, engagements, uses and links) for the audit trail; the survey, the
 * resource map and every write path stop seeing it. Archiving twice answers 404, like an unknown id
 * (`scopeRules` marks these tables gone once `archived_at` is set).
 */

const actions: Record<ArchivableTable, string> = {
  stakeholders: 'stakeholder.archive',
  needs: 'need.archive',
  spaces: 'space.archive',
  resources: 'resource.archive',
};

export function archiveSurveyRecord(
  call: StoreContext,
  table: ArchivableTable,
  id: string,
): Promise<Result<SavedRecord>> {
  return onRecord(call, table, id, async (tx, record) => {
    // The four tables share id/archived_at; the cast only names one of them for Kysely.
    await updateAudited(tx, table as 'needs', id, { archived_at: tx.actor.now }, { action: actions[table] });
    if (table === 'stakeholders') await refreshCommitteeAttitude(tx, record);
    return ok(id);
  });
}
