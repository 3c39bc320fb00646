export * from './store';
export * from './tables';
