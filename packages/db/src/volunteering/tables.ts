/** Tables of the volunteering capability (issue: activities). Tables may reference everything before them. */

// biome-ignore lint/suspicious/noEmptyInterface: the volunteering slice adds its tables here.
export interface VolunteeringTables {}

/** Tables added after the foundation, parents first (see tablesInDependencyOrder). */
export const volunteeringTablesAfterFoundation = [] as const;
