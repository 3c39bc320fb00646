import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shiftedClock } from '@seedbed/cli';
import { openDatabase } from '@seedbed/db';
import { createApp, createDiskFileStore, listen } from '@seedbed/server';
import pino from 'pino';
import { inject } from 'vitest';

/**
 * A redeploy, for the journey of a tab kept open across one (tests/e2e/offline-journey.test.ts):
 * the app served from a build folder by its own server on the e2e database, stopped and started
 * again on the same address with the next build — as `seedbed serve` restarts after an upgrade.
 */

const textFile = /\.(js|css|html)$/;

/**
 * The next build, made from `dist` without running Vite: every asset under a new name (as new
 * chunk hashes would be), every reference to it rewritten — index.html, the chunks' imports, the
 * service worker's precache list, whose index.html revision changes with it. The precompressed
 * copies are left out: the server then sends the plain files.
 */
export function nextBuildOf(dist: string): string {
  const next = mkdtempSync(join(tmpdir(), 'seedbed-next-build-'));
  cpSync(dist, next, { recursive: true, filter: (source) => !/\.(br|gz)$/.test(source) });
  const assets = readdirSync(join(next, 'assets'));
  const renamed = new Map(assets.map((name) => [name, name.replace(/(\.\w+)$/, '.next$1')]));
  const oldNames = new RegExp(
    [...renamed.keys()].map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
    'g',
  );
  const rewrite = (path: string) =>
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(oldNames, (name) => renamed.get(name)!),
    );
  for (const [name, newName] of renamed) {
    const path = join(next, 'assets', name);
    if (textFile.test(name)) rewrite(path);
    cpSync(path, join(next, 'assets', newName));
    rmSync(path);
  }
  rewrite(join(next, 'index.html'));
  const revision = createHash('md5')
    .update(readFileSync(join(next, 'index.html')))
    .digest('hex');
  const worker = join(next, 'sw.js');
  rewrite(worker);
  writeFileSync(
    worker,
    readFileSync(worker, 'utf8').replace(/(\{url:"index\.html",revision:")[0-9a-f]+"/, `$1${revision}"`),
  );
  return next;
}

export interface Deploy {
  url: string;
  stop(): Promise<void>;
}

/** Serves `webDist` on 127.0.0.1:`port` (0: any free port) with the e2e database and clock. */
export async function deploy(webDist: string, port = 0): Promise<Deploy> {
  const db = openDatabase(inject('e2eDatabaseUrl'), { max: 2 });
  const now = shiftedClock(inject('clockOffsetMilliseconds'));
  const files = mkdtempSync(join(tmpdir(), 'seedbed-deploy-files-'));
  const app = createApp({
    db,
    now,
    logger: pino({ level: 'silent' }),
    webDistDir: webDist,
    files: createDiskFileStore(files, now),
  });
  const { server, url } = await listen(app, port);
  return {
    url,
    async stop() {
      const http = server as Server;
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
      await db.destroy();
      rmSync(files, { recursive: true, force: true });
    },
  };
}
