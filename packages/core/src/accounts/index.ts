export * from './home';
export * from './lockout';
export * from './permissions';
export * from './roles';
export * from './schemas';
