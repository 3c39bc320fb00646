export * from './rules';
export * from './schemas';
export * from './stages';
export * from './types';
