export * from './agreement-in-force';
export * from './import-lock';
export * from './import-store';
export * from './import-write';
export type { ChatTables } from './tables';
