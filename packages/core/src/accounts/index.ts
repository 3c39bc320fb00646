export * from './grants';
export * from './home';
export * from './login-throttle';
export * from './manage-schemas';
export * from './permissions';
export * from './schemas';
export * from './session-lifetime';
export * from './views';
