export * from './csv';
export * from './error-messages';
export * from './permissions';
export * from './rules';
export * from './schemas';
export * from './workload';
