export * from './campaigns';
export * from './peers';
export { listCampaigns } from './read';
export * from './results';
export * from './sheets';
export type { EvaluationTables } from './tables';
