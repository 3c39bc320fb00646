export * from './accounts';
export * from './activities';
export * from './communities';
export * from './errors';
export * from './organizations';
export * from './people';
export * from './reports';
export * from './shared';
