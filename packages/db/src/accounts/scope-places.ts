import { fail, ok, type Result, type ScopeKind } from '@seedbed/core';
import type { Db } from '../connection';
import type { TxContext } from '../context';

/** Where an account's or invite's scope lies: its street (null for the deployment) and its name. */
export interface ScopePlace {
  streetId: string | null;
  name: string | null;
}

/**
 * The street and name of a scope named by id, whoever asks — the grant rule (core's grants.ts)
 * then decides whether the caller may grant there, so another street's community answers
 * `account.grant_forbidden`, not a bare 403. An unknown id is the place's own 404.
 */
export async function findScopePlace(
  tx: { db: Db | TxContext['db'] },
  scopeKind: ScopeKind,
  scopeId: string | null,
): Promise<Result<ScopePlace>> {
  if (scopeKind === 'deployment' || scopeId === null) return ok({ streetId: null, name: null });
  const found = await placeQuery(tx.db, scopeKind, [scopeId]).executeTakeFirst();
  if (!found) return fail(unknownCode[scopeKind]);
  return ok({ streetId: found.street_id, name: found.name });
}

const unknownCode = {
  street: 'street.unknown',
  community: 'community.unknown',
  organization: 'organization.unknown',
} as const;

function placeQuery(db: Db | TxContext['db'], kind: Exclude<ScopeKind, 'deployment'>, ids: string[]) {
  switch (kind) {
    case 'street':
      return db.selectFrom('streets').select(['id', 'id as street_id', 'name']).where('id', 'in', ids);
    case 'community':
      return db.selectFrom('communities').select(['id', 'street_id', 'name']).where('id', 'in', ids);
    case 'organization':
      return db.selectFrom('organizations').select(['id', 'street_id', 'name']).where('id', 'in', ids);
  }
}

/** The names of many scopes at once (three queries at most), keyed `kind:id`, for lists. */
export async function scopeNames(
  db: Db,
  scopes: readonly { scope_kind: string; scope_id: string | null }[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const kind of ['street', 'community', 'organization'] as const) {
    const ids = [...new Set(scopes.filter((s) => s.scope_kind === kind && s.scope_id).map((s) => s.scope_id!))];
    if (ids.length === 0) continue;
    for (const row of await placeQuery(db, kind, ids).execute()) names.set(`${kind}:${row.id}`, row.name);
  }
  return names;
}

export function nameOfScope(names: Map<string, string>, scope: { scope_kind: string; scope_id: string | null }) {
  return scope.scope_id ? (names.get(`${scope.scope_kind}:${scope.scope_id}`) ?? null) : null;
}
