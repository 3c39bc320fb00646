export * from './audit-log';
export * from './erasure';
export * from './invites';
export * from './sessions';
export * from './users';
