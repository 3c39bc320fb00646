export { hashPassword } from './accounts/passwords';
export { createApp, type SeedbedApp } from './app';
export type { AppDependencies } from './http/env';
export { listen } from './server';
