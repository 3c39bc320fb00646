export * from './home';
export * from './login-throttle';
export * from './permissions';
export * from './schemas';
export * from './session-lifetime';
