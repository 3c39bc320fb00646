export * from './contact';
export * from './duplicates';
export * from './rules';
export * from './schemas';
export * from './types';
export * from './views';
