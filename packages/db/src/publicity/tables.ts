/** Tables of the publicity capability (issue: activities). Tables may reference everything before them. */

// biome-ignore lint/suspicious/noEmptyInterface: the publicity slice adds its tables here.
export interface PublicityTables {}

/** Tables added after the foundation, parents first (see tablesInDependencyOrder). */
export const publicityTablesAfterFoundation = [] as const;
