export * from './certificate';
export * from './error-messages';
export * from './format';
export * from './labels';
export * from './permissions';
