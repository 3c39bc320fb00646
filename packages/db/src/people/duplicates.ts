import {
  checkPersonMerge,
  fail,
  isChildUnder14,
  ok,
  type PersonDuplicateReason,
  type PersonSummary,
  personDuplicateReason,
  type Result,
} from '@seedbed/core';
import { sql } from 'kysely';
import { recordAudit } from '../audit';
import { inTransaction, type StoreContext } from '../context';
import { visiblePeople } from '../scope';
import { lastVisitOn, summaryColumns, toSummary, visitCount } from './rows';
import { lockPerson } from './store';

/**
 * Pairs of records that may be the same resident (core's personDuplicateReason): same phone, or a
 * similar name in the same community. SQL narrows the candidates (same phone, or same community,
 * surname and about the same length); core decides.
 */
export async function findDuplicates(
  { db, scope, today }: Pick<StoreContext, 'db' | 'scope' | 'today'>,
  filter: { communityId?: string | undefined },
): Promise<{ reason: PersonDuplicateReason; people: [PersonSummary, PersonSummary] }[]> {
  let candidates = db
    .selectFrom('people as a')
    .innerJoin('people as b', (join) =>
      join
        .onRef('a.id', '<', 'b.id')
        .on((eb) =>
          eb.or([
            eb('a.phone', '=', eb.ref('b.phone')),
            eb.and([
              eb('a.community_id', '=', eb.ref('b.community_id')),
              eb(sql`left(a.name, 1)`, '=', sql`left(b.name, 1)`),
              eb(sql`abs(char_length(a.name) - char_length(b.name))`, '<=', 1),
            ]),
          ]),
        ),
    )
    .select([
      'a.id as aId',
      'a.name as aName',
      'a.phone as aPhone',
      'a.community_id as aCommunity',
      'a.birth_year as aBirthYear',
      'b.id as bId',
      'b.name as bName',
      'b.phone as bPhone',
      'b.community_id as bCommunity',
      'b.birth_year as bBirthYear',
    ])
    .where('a.erased_at', 'is', null)
    .where('b.erased_at', 'is', null)
    .where('a.merged_into', 'is', null)
    .where('b.merged_into', 'is', null)
    .where((eb) => eb('a.id', 'in', eb.selectFrom('people').select('people.id').where(visiblePeople(scope))))
    .where((eb) => eb('b.id', 'in', eb.selectFrom('people').select('people.id').where(visiblePeople(scope))));
  if (filter.communityId) {
    const communityId = filter.communityId;
    candidates = candidates.where((eb) =>
      eb.or([eb('a.community_id', '=', communityId), eb('b.community_id', '=', communityId)]),
    );
  }
  const rows = await candidates.limit(5000).execute();
  const pairs = rows
    .map((row) => ({
      row,
      reason: personDuplicateReason(
        { id: row.aId, name: row.aName, phone: row.aPhone, communityId: row.aCommunity, birthYear: row.aBirthYear },
        { id: row.bId, name: row.bName, phone: row.bPhone, communityId: row.bCommunity, birthYear: row.bBirthYear },
      ),
    }))
    .filter((pair): pair is { row: (typeof rows)[number]; reason: PersonDuplicateReason } => pair.reason !== null)
    .slice(0, 200);
  if (pairs.length === 0) return [];
  const ids = [...new Set(pairs.flatMap(({ row }) => [row.aId, row.bId]))];
  const summaries = await db
    .selectFrom('people')
    .leftJoin('communities', 'communities.id', 'people.community_id')
    .leftJoin('estates', 'estates.id', 'people.estate_id')
    .select(summaryColumns)
    .select(visitCount)
    .select(lastVisitOn)
    .where('people.id', 'in', ids)
    .execute();
  const byId = new Map(summaries.map((s) => [s.id, toSummary(s, today)]));
  return pairs.flatMap(({ row, reason }) => {
    const a = byId.get(row.aId);
    const b = byId.get(row.bId);
    return a && b ? [{ reason, people: [a, b] as [PersonSummary, PersonSummary] }] : [];
  });
}

/**
 * Merges the duplicate `mergeId` into `keepId`, keeping all history: every row that points at the
 * duplicate — visits, trust changes, consents, memberships, accounts, invites, introductions, and
 * any later capability's reference (found through the foreign keys, so nothing is forgotten) — is
 * moved to the kept person. The kept person's empty facts are filled from the duplicate (a phone
 * only if the kept person is not a child). The duplicate stays as a tombstone pointing at the kept
 * record. Where both were current members of one organization, the duplicate's membership is
 * closed today so the kept person is a member once.
 */
export async function mergePeople(
  call: StoreContext,
  keepId: string,
  mergeId: string,
): Promise<Result<{ id: string }>> {
  const checked = checkPersonMerge(keepId, mergeId);
  if (!checked.ok) return checked;
  return inTransaction(call, async (tx) => {
    const { db: trx, actor, today } = tx;
    // Lock in id order so two opposite merges cannot deadlock.
    const [firstId, secondId] = keepId < mergeId ? [keepId, mergeId] : [mergeId, keepId];
    const first = await lockPerson(tx, firstId);
    if (!first.ok) return first;
    const second = await lockPerson(tx, secondId);
    if (!second.ok) return second;
    const keep = first.value.id === keepId ? first.value : second.value;
    const duplicate = first.value.id === keepId ? second.value : first.value;
    if (keep.street_id !== duplicate.street_id) return fail('person.merge_other_street');

    const shared = await trx
      .selectFrom('organization_members as d')
      .innerJoin('organization_members as k', (join) =>
        join
          .onRef('k.organization_id', '=', 'd.organization_id')
          .on('k.person_id', '=', keepId)
          .on('k.left_on', 'is', null),
      )
      .select('d.id')
      .where('d.person_id', '=', mergeId)
      .where('d.left_on', 'is', null)
      .execute();
    if (shared.length > 0)
      await trx
        .updateTable('organization_members')
        .set({ left_on: today })
        .where(
          'id',
          'in',
          shared.map((s) => s.id),
        )
        .execute();

    const references = await sql<{ table_name: string; column_name: string }>`
      select c.conrelid::regclass::text as table_name, a.attname as column_name
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
      where c.contype = 'f' and c.confrelid = 'people'::regclass
      order by 1, 2
    `.execute(trx);
    const moved: Record<string, number> = {};
    for (const { table_name, column_name } of references.rows) {
      if (table_name === 'people' && column_name === 'merged_into') continue;
      const result =
        await sql`update ${sql.table(table_name)} set ${sql.ref(column_name)} = ${keepId} where ${sql.ref(column_name)} = ${mergeId}`.execute(
          trx,
        );
      const count = Number(result.numAffectedRows ?? 0);
      if (count > 0) moved[`${table_name}.${column_name}`] = count;
    }
    await trx
      .updateTable('people')
      .set({ introduced_by: null })
      .where('id', '=', keepId)
      .where('introduced_by', '=', keepId)
      .execute();

    const keepIsChild = isChildUnder14(
      { birthYear: keep.birth_year ?? duplicate.birth_year, birthDate: keep.birth_date ?? duplicate.birth_date },
      today,
    );
    const filled = {
      phone: keep.phone ?? (keepIsChild ? null : duplicate.phone),
      birth_year: keep.birth_year ?? duplicate.birth_year,
      birth_date: keep.birth_date ?? duplicate.birth_date,
      estate_id: keep.estate_id ?? (keep.community_id === duplicate.community_id ? duplicate.estate_id : null),
      courtyard_id: keep.estate_id
        ? keep.courtyard_id
        : keep.community_id === duplicate.community_id
          ? duplicate.courtyard_id
          : null,
      address_note: keep.address_note ?? duplicate.address_note,
      is_activist: keep.is_activist || duplicate.is_activist,
      activist_kind: keep.activist_kind ?? duplicate.activist_kind,
      volunteer_registered_on: keep.volunteer_registered_on ?? duplicate.volunteer_registered_on,
      volunteer_platform: keep.volunteer_platform ?? duplicate.volunteer_platform,
      traits: JSON.stringify({ ...(duplicate.traits ?? {}), ...(keep.traits ?? {}) }),
      found_via: keep.found_via ?? duplicate.found_via,
      introduced_by: keep.introduced_by ?? (duplicate.introduced_by === keepId ? null : duplicate.introduced_by),
      interests: keep.interests ?? duplicate.interests,
      wishes: keep.wishes ?? duplicate.wishes,
      notes: [keep.notes, duplicate.notes].filter(Boolean).join('\n') || null,
    };
    const after = await trx
      .updateTable('people')
      .set(filled)
      .where('id', '=', keepId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx.updateTable('people').set({ merged_into: keepId, phone: null }).where('id', '=', mergeId).execute();
    await recordAudit(trx, actor, {
      action: 'person.merge',
      tableName: 'people',
      recordId: keepId,
      streetId: keep.street_id,
      before: { kept: keep, merged: duplicate },
      after: { kept: after, moved, closed_memberships: shared.map((s) => s.id) },
    });
    await recordAudit(trx, actor, {
      action: 'person.merged_into',
      tableName: 'people',
      recordId: mergeId,
      streetId: duplicate.street_id,
      before: duplicate,
      after: { merged_into: keepId },
    });
    return ok({ id: keepId });
  });
}
