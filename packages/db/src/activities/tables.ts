/** Activities and their evidence (issue: activities). Tables may reference everything before them. */
// biome-ignore lint/complexity/noBannedTypes: filled in by the activities capability
export type ActivityTables = {};

/** Tables added after the foundation, parents first (see tablesInDependencyOrder). */
export const activityTablesAfterFoundation = [] as const;
