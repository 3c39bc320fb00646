import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isAlive } from '@seedbed/db';

/**
 * Working folders for backup and restore, which hold every table as plain text while they run.
 * They live in `<dataDir>/scratch` — beside the database, which holds the same data — never in
 * the system's temp folder, where other users and tools can read them. Each is named after its
 * process; one left by a killed run (its process gone) is removed by the next backup or restore.
 */
export function makeScratchFolder(dataDir: string, purpose: 'backup' | 'restore'): string {
  const parent = join(dataDir, 'scratch');
  mkdirSync(parent, { recursive: true, mode: 0o700 });
  for (const entry of readdirSync(parent)) {
    const pid = Number.parseInt(entry.split('-')[1] ?? '', 10);
    if (Number.isInteger(pid) && pid !== process.pid && !isAlive(pid))
      rmSync(join(parent, entry), { recursive: true, force: true });
  }
  const folder = join(parent, `${purpose}-${process.pid}-${Date.now().toString(36)}`);
  mkdirSync(folder, { mode: 0o700 });
  return folder;
}
