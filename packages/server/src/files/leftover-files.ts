import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isFileKey } from './file-store';

/**
 * What a killed process leaves in the disk file store, removed at start (`seedbed serve`):
 * - `.part` files: a write cut off before its rename, and health checks' probe files (nobody's:
 *   nothing writes before the start);
 * - stored files no row references, written before `writtenBefore`: an upload killed between
 *   storing its files and committing its row, or a file whose row is gone. The age rule spares
 *   an upload in flight on another server sharing the folder (several servers on one
 *   DATABASE_URL), whose row commits milliseconds after its file.
 * Files whose names are not store keys (someone else's) are left alone.
 */
export async function removeLeftoverFiles(
  root: string,
  options: { referenced: ReadonlySet<string>; writtenBefore: Date },
): Promise<{ unfinished: number; unreferenced: number }> {
  let entries: string[];
  try {
    entries = await readdir(root, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { unfinished: 0, unreferenced: 0 };
    throw error;
  }
  const removed = { unfinished: 0, unreferenced: 0 };
  for (const entry of entries) {
    const key = entry.split('\\').join('/');
    const path = join(root, entry);
    if (key.endsWith('.part') || /^health-[0-9a-f-]+\.probe$/.test(key)) {
      await rm(path, { force: true });
      removed.unfinished += 1;
    } else if (isFileKey(key) && !options.referenced.has(key)) {
      if ((await stat(path)).mtime >= options.writtenBefore) continue;
      await rm(path, { force: true });
      removed.unreferenced += 1;
    }
  }
  return removed;
}
