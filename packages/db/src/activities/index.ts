export * from './figures';
export * from './planned';
export * from './read';
export * from './record';
export * from './sign-ins';
export * from './tables';
export * from './update';
export * from './visibility';
