export { type FirstAdminLink, firstAdminLink } from './accounts/first-admin';
export { hashPassword } from './accounts/passwords';
export { createApp, type SeedbedApp } from './app';
export { writeDemoPhotos } from './files/demo-photos';
export { createDiskFileStore, type FileStore, sniffImageType } from './files/file-store';
export { removeLeftoverFiles } from './files/leftover-files';
export type { AppDependencies } from './http/env';
export { type GuestContactRetention, startGuestContactRetention } from './jobs/guest-contact-retention';
export { listen } from './server';
