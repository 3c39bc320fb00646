export * from './defaults';
export * from './error-messages';
export * from './negative-list';
export * from './objection-schemas';
export * from './permissions';
export * from './round-rules';
export * from './round-schemas';
export * from './public-schemas';
