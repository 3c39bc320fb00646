export * from './error-messages';
export * from './labels';
export * from './permissions';
export * from './round-links';
export * from './rules';
export * from './schemas';
