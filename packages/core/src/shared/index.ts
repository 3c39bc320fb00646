export * from './locale';
export * from './money';
export * from './schemas';
export * from './time';
