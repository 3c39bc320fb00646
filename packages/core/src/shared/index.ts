export * from './csv';
export * from './input-policy';
export * from './locale';
export * from './money';
export * from './readable-codes';
export * from './roles';
export * from './schemas';
export * from './time';
