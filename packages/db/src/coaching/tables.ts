/** Tables of the coaching capability (issue: activities). Tables may reference everything before them. */

// biome-ignore lint/suspicious/noEmptyInterface: the coaching slice adds its tables here.
export interface CoachingTables {}

/** Tables added after the foundation, parents first (see tablesInDependencyOrder). */
export const coachingTablesAfterFoundation = [] as const;
