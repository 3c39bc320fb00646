export * from './entries';
export * from './export';
export * from './facts';
export * from './handovers';
export * from './linked';
export * from './read';
export * from './receipts';
