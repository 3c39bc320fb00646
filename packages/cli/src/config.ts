import { resolve } from 'node:path';

/** Configuration comes from the environment, with defaults that make `npm start` just work. */
export interface SeedbedConfig {
  /** Embedded PostgreSQL's data and the photo files live here. */
  dataDir: string;
  /** An external PostgreSQL (≥ 15); when absent, Seedbed runs its own embedded server. */
  databaseUrl: string | null;
  port: number;
  host: string;
  /** The address residents' phones use (behind a proxy), for QR codes and share links. */
  publicUrl: string | null;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): SeedbedConfig {
  const port = Number.parseInt(env.PORT ?? '3000', 10);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not ${env.PORT}`);
  return {
    dataDir: resolve(env.SEEDBED_DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || null,
    port,
    host: env.HOST ?? '127.0.0.1',
    publicUrl: env.SEEDBED_PUBLIC_URL || null,
  };
}
