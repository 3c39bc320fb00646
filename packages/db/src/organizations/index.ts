export * from './assessments';
export * from './case-outcomes';
export * from './lock';
export * from './members';
export * from './registry';
export * from './registry-writes';
export * from './store';
