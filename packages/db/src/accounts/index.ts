export * from './audit-log';
export * from './invites';
export * from './sessions';
export * from './users';
