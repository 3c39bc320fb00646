export * from './audit-log';
export * from './erasure';
export * from './export';
export * from './invites';
export * from './login-throttle';
export * from './sessions';
export * from './users';
