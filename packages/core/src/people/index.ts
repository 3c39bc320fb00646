export * from './contact';
export * from './duplicates';
export * from './permissions';
export * from './rules';
export * from './schemas';
export * from './types';
export * from './views';
