export * from './assessment-schemas';
export * from './case-outcomes';
export * from './registry-schemas';
export * from './rules';
export * from './schemas';
export * from './stage-criteria';
export * from './stages';
export * from './types';
