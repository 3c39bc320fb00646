export * from './defaults';
export * from './error-messages';
export * from './labels';
export * from './peer-assignment';
export * from './permissions';
export * from './rules';
export * from './schemas';
export * from './stage-link-schemas';
