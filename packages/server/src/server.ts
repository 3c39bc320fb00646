import { type ServerType, serve } from '@hono/node-server';
import type { SeedbedApp } from './app';

/** Listens on 127.0.0.1 by default: put a reverse proxy in front to serve a street. */
export function listen(
  app: SeedbedApp,
  port: number,
  hostname = '127.0.0.1',
): Promise<{ server: ServerType; url: string }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
      resolve({ server, url: `http://${hostname}:${info.port}` });
    });
  });
}
