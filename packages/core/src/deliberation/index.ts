export * from './error-messages';
export * from './labels';
export * from './permissions';
export * from './public-schemas';
export * from './rules';
export * from './schemas';
export * from './vote-schemas';
