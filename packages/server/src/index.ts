export { type FirstAdminLink, firstAdminLink } from './accounts/first-admin';
export { hashPassword } from './accounts/passwords';
export { createApp, type SeedbedApp } from './app';
export { type ChatExportReader, chatExportMaxBytes, openChatExport, type ReadChatExportOptions } from './chat';
export {
  type ChatImportChoices,
  type ChatImportJob,
  concurrentChatImports,
  csvMappingOf,
  runChatImport,
  startChatImport,
} from './chat/import-job';
export { type SampleChatFormat, sampleCsvMapping, writeSampleChatExport } from './chat/sample-export';
export { writeDemoPhotos } from './files/demo-photos';
export { createDiskFileStore, type FileStore, sniffImageType } from './files/file-store';
export { removeLeftoverFiles } from './files/leftover-files';
export type { AppDependencies } from './http/env';
export { type GuestContactRetention, startGuestContactRetention } from './jobs/guest-contact-retention';
export { publicPageRoutes } from './public-pages';
export { listen } from './server';
export { mountWebApp } from './web-app';
