export * from './directions';
export * from './objections';
export * from './privacy';
export * from './public';
export * from './round-read';
export * from './rounds';
export * from './tables';
