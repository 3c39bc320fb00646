export * from './home';
export * from './lockout';
export * from './permissions';
export * from './schemas';
