/**
 * Chat networks (issue 19): interaction graphs from group-chat metadata and the indicators read from
 * them. Every metric states its definition, its normalisation (NetworkX's where NetworkX has it) and
 * whether it reads edge weights; path metrics never read weights as distances.
 */

export * from './adoption';
export * from './adoption-schemas';
export * from './analysis-period';
export * from './analysis-schemas';
export * from './bridges';
export * from './clustering';
export * from './core-periphery';
export * from './corroboration';
export * from './corroboration-schemas';
export * from './digraph';
export * from './export-identity';
export * from './group-analysis';
export * from './group-trends';
export * from './group-warnings';
export * from './groups';
export * from './groups-on-record';
export * from './hints';
export * from './import';
export * from './import-error-messages';
export * from './import-schemas';
export * from './indicators';
export * from './interactions';
export * from './kept-text';
export * from './paths';
export * from './pseudonym';
export * from './roster';
export * from './senders';
export * from './structure';
export * from './topic-words';
export * from './topics';
export * from './trend';
