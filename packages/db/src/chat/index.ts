export * from './agreement-in-force';
export type { ChatTables } from './tables';
