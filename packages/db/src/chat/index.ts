export * from './agreement-in-force';
export * from './agreements';
export * from './groups';
export * from './privacy';
export * from './senders';
export type { ChatTables } from './tables';
export * from './text-retention';
export * from './topic-words';
