export * from './applications';
export * from './person-history';
export * from './privacy';
export * from './programmes';
export * from './read';
export * from './sessions';
export * from './signed-in';
export * from './tables';
