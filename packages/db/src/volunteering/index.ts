export * from './certificates';
export * from './privacy';
export * from './public';
export * from './read';
export * from './record';
export * from './tables';
export * from './views';
