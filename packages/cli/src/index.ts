export { backupDatabase, restoreDatabase } from './backup';
export { ensureDatabase, openSeedbedDatabase } from './database';
export { demoSeed, isDatabaseEmpty, loadDemo } from './demo-load';
export { offsetTo, shiftedClock } from './test-clock';
