export * from './merge';
export * from './read';
export * from './record';
export * from './tables';
export * from './update';
