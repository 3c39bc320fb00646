export * from './error-messages';
export * from './figures';
export * from './planned-schemas';
export * from './recurrence';
export * from './rules';
export * from './schemas';
export * from './sign-in-schemas';
