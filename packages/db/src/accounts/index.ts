export * from './audit-log';
export * from './erasure';
export * from './export';
export * from './invites';
export * from './sessions';
export * from './users';
