export * from './checks';
export * from './export';
export * from './figures';
export * from './overdue';
export * from './plans';
export * from './read';
export * from './sessions';
export * from './tables';
