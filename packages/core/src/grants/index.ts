export * from './defaults';
export * from './error-messages';
export * from './negative-list';
export * from './objection-schemas';
export * from './permissions';
export * from './public-schemas';
export * from './round-rules';
export * from './round-schemas';
