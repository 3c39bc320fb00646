export * from './contact';
export * from './duplicates';
export * from './export-labels';
export * from './permissions';
export * from './rules';
export * from './schemas';
export * from './types';
export * from './views';
