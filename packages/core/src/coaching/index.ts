export * from './error-messages';
export * from './permissions';
