export * from './detail';
export * from './duplicates';
export * from './erasure-hooks';
export * from './export';
export * from './history';
export * from './privacy';
export * from './store';
export * from './tables';
