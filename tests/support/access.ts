import type { Db } from '@seedbed/db';
import type { Client } from './api';
import type { demoIds } from './demo-ids';

/**
 * The access-control table's vocabulary. Demo logins: admin (deployment), staff/assistant/street/
 * expert (main street), funder (deployment), leader/member (夕阳红舞蹈队 in the main street),
 * official (its home community), leader2/member2 (an organization in the other street).
 */
export const logins = [
  'admin',
  'staff',
  'assistant',
  'leader',
  'member',
  'official',
  'street',
  'funder',
  'expert',
  'leader2',
  'member2',
] as const;
export type Login = (typeof logins)[number] | 'anonymous';
export type Ids = Awaited<ReturnType<typeof demoIds>>;

export interface AccessContext {
  ids: Ids;
  db: Db;
  /** A number unique to this call, for names that must not repeat. */
  n: number;
}

export interface AccessRow {
  name: string;
  /** The OpenAPI route this row covers, e.g. 'GET /api/organizations/{id}'. */
  route: string;
  call: (client: Client, context: AccessContext) => Promise<{ status: number }>;
  /** The status each login must get; build it with `all`. */
  expect: Record<Login, number>;
}

/** Every login gets `status` (anonymous gets 401) unless overridden. */
export const all = (status: number, overrides: Partial<Record<Login, number>> = {}): Record<Login, number> =>
  ({
    ...Object.fromEntries(logins.map((login) => [login, status])),
    anonymous: 401,
    ...overrides,
  }) as Record<Login, number>;
