import type { ColumnType } from 'kysely';

/** Column shapes shared by every capability's table types. */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
