export * from './error-messages';
export * from './permissions';
export * from './rules';
export * from './schemas';
