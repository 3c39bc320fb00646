import type { Db } from '@seedbed/db';
import { sql } from 'kysely';

/**
 * A scan of every table of the database for what identifies one person: their name, phone or id in
 * any text or JSON column (a proposal's team roles keep ids inside its content), or their id in any
 * column that references `people`. It reads the catalogue,
 * not a list of ours, so a table added tomorrow is scanned too — which is what lets the erasure and
 * export tests fail when a new capability keeps a name the erasure or the export does not reach.
 */
export interface PersonTraces {
  personId: string;
  name: string;
  phone: string | null;
}

export interface Hit {
  table: string;
  column: string;
  /**
   * The row's `id`; without one, the last column of its primary key (a chat message's `source_ref`, within
   * its group), or for a link table the id of what it links the person to.
   */
  rowId: string;
  /** 'name' | 'phone' | 'person_id' — what matched. */
  matched: 'name' | 'phone' | 'person_id';
}

interface Column {
  table_name: string;
  column_name: string;
  data_type: string;
}

/** Migration bookkeeping holds no one's data. */
const skippedTables = new Set(['kysely_migration', 'kysely_migration_lock']);
const textTypes = new Set(['text', 'character varying', 'jsonb', 'json', 'ARRAY']);

async function columnsOf(db: Db): Promise<Column[]> {
  const { rows } = await sql<Column>`
    select c.table_name, c.column_name, c.data_type
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
    order by c.table_name, c.ordinal_position`.execute(db);
  return rows.filter((c) => !skippedTables.has(c.table_name));
}

/** Each table's primary key columns, in key order. */
async function primaryKeys(db: Db): Promise<Map<string, string[]>> {
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    select kcu.table_name, kcu.column_name
    from information_schema.table_constraints tc
    join information_schema.key_column_usage kcu
      on kcu.constraint_name = tc.constraint_name and kcu.constraint_schema = tc.constraint_schema
    where tc.constraint_schema = current_schema() and tc.constraint_type = 'PRIMARY KEY'
    order by kcu.table_name, kcu.ordinal_position`.execute(db);
  const keys = new Map<string, string[]>();
  for (const row of rows) keys.set(row.table_name, [...(keys.get(row.table_name) ?? []), row.column_name]);
  return keys;
}

/** Columns with a foreign key to people (id). */
async function personReferences(db: Db): Promise<Set<string>> {
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    select kcu.table_name, kcu.column_name
    from information_schema.referential_constraints rc
    join information_schema.key_column_usage kcu
      on kcu.constraint_name = rc.constraint_name and kcu.constraint_schema = rc.constraint_schema
    join information_schema.constraint_column_usage ccu
      on ccu.constraint_name = rc.unique_constraint_name and ccu.constraint_schema = rc.unique_constraint_schema
    where kcu.constraint_schema = current_schema() and ccu.table_name = 'people' and ccu.column_name = 'id'`.execute(
    db,
  );
  return new Set(rows.map((r) => `${r.table_name}.${r.column_name}`));
}

/** Every row, in every table, that holds the person's name, phone or id. */
export async function tracesOf(db: Db, person: PersonTraces): Promise<Hit[]> {
  const columns = await columnsOf(db);
  const references = await personReferences(db);
  const keys = await primaryKeys(db);
  const tables = [...new Set(columns.map((c) => c.table_name))];
  const hits: Hit[] = [];
  for (const table of tables) {
    const own = columns.filter((c) => c.table_name === table);
    const key =
      own.find((c) => c.column_name === 'id') ??
      own.find((c) => c.column_name === keys.get(table)?.at(-1) && !references.has(`${table}.${c.column_name}`)) ??
      own.find(
        (c) =>
          c.column_name.endsWith('_id') &&
          c.column_name !== 'street_id' &&
          !references.has(`${table}.${c.column_name}`),
      );
    const rowId = key ? sql.ref(key.column_name) : sql.raw('ctid');
    const probes: { column: string; matched: Hit['matched']; where: ReturnType<typeof sql> }[] = [];
    for (const column of own) {
      const ref = sql.ref(column.column_name);
      if (references.has(`${table}.${column.column_name}`)) {
        probes.push({ column: column.column_name, matched: 'person_id', where: sql`${ref} = ${person.personId}` });
      }
      if (!textTypes.has(column.data_type)) continue;
      probes.push({
        column: column.column_name,
        matched: 'person_id',
        where: sql`strpos(${ref}::text, ${person.personId}) > 0`,
      });
      probes.push({
        column: column.column_name,
        matched: 'name',
        where: sql`strpos(${ref}::text, ${person.name}) > 0`,
      });
      if (person.phone)
        probes.push({
          column: column.column_name,
          matched: 'phone',
          where: sql`strpos(${ref}::text, ${person.phone}) > 0`,
        });
    }
    for (const probe of probes) {
      const { rows } = await sql<{ row_id: string }>`
        select ${rowId}::text as row_id from ${sql.table(table)} where ${probe.where}`.execute(db);
      for (const row of rows) hits.push({ table, column: probe.column, rowId: row.row_id, matched: probe.matched });
    }
  }
  return hits;
}

/** Hits as short lines ("needs.raised_by name 1234…") for a readable failure. */
export const describeHits = (hits: Hit[]): string[] =>
  hits.map((h) => `${h.table}.${h.column} ${h.matched} ${h.rowId}`).sort();
