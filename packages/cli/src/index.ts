export { backupDatabase, restoreDatabase } from './backup';
export { ensureDatabase, openSeedbedDatabase } from './database';
export { type DemoLoadOptions, type DemoLoadProgress, demoSeed, isDatabaseEmpty, loadDemo } from './demo-load';
export { offsetTo, shiftedClock } from './test-clock';
