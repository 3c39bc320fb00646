import { resolve } from 'node:path';

/** Configuration comes from the environment, with defaults that make `npm start` just work. */
/** The first administrator's login name unless `seedbed init --admin <name>` says otherwise. */
export const defaultAdminUsername = 'admin';

export interface SeedbedConfig {
  /** Embedded PostgreSQL's data and the photo files live here. */
  dataDir: string;
  /** An external PostgreSQL (≥ 15); when absent, Seedbed runs its own embedded server. */
  databaseUrl: string | null;
  port: number;
  host: string;
  /** The address residents' phones use (behind a proxy), for QR codes and share links. */
  publicUrl: string | null;
  /** How many reverse proxies stand in front (they append the client's address to X-Forwarded-For). */
  trustProxyHops: number;
  /**
   * SEEDBED_DEMO=off makes `npm start` (serve --demo) a real deployment: no demo street, and the
   * first administrator's one-time link on the console instead (issue 15).
   */
  demo: boolean;
}

const demoSwitches: Record<string, boolean> = { on: true, off: false, true: true, false: false, 1: true, 0: false };

export function readConfig(env: NodeJS.ProcessEnv = process.env): SeedbedConfig {
  const port = Number.parseInt(env.PORT ?? '3000', 10);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not ${env.PORT}`);
  const trustProxyHops = Number(env.SEEDBED_TRUST_PROXY || '0');
  if (!Number.isInteger(trustProxyHops) || trustProxyHops < 0 || trustProxyHops > 10)
    throw new Error(
      `SEEDBED_TRUST_PROXY must be the number of proxies in front of Seedbed (0–10), not ${env.SEEDBED_TRUST_PROXY}`,
    );
  const demo = demoSwitches[(env.SEEDBED_DEMO || 'on').trim().toLowerCase()];
  if (demo === undefined) throw new Error(`SEEDBED_DEMO must be on or off, not ${env.SEEDBED_DEMO}`);
  return {
    dataDir: resolve(env.SEEDBED_DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || null,
    port,
    host: env.HOST ?? '127.0.0.1',
    publicUrl: env.SEEDBED_PUBLIC_URL || null,
    trustProxyHops,
    demo,
  };
}
