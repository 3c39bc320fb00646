import { allocationBodyHints, allocationQueryHints } from './allocation-hints';
import { deliberationHints } from './deliberation-hints';
import { grantRoundHint } from './grant-hints';
import { type FuzzIds, tableOfBodyField, tableOfPathSegment, unknownId } from './ids';
import { bodyValues, deeplyNested, idValues, type Kind, type Malformed, urlValues } from './mutations';
import { branchOf, type JsonSchema, singular, typeOf, valueFor } from './schema';

/** One operation of the OpenAPI document, as the fuzz suite reads it. */
export interface Operation {
  method: string;
  path: string;
  parameters: { in: 'path' | 'query' | 'header'; name: string; schema: JsonSchema; required?: boolean }[];
  /** The JSON body's schema, or the first binary media type of an upload. */
  body?: { json: JsonSchema } | { binary: string };
}

export interface FuzzRequest {
  path: Record<string, string>;
  /** Already percent-encoded; two values = the parameter twice. */
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body?: unknown;
}

export interface Mutant {
  /** e.g. 'body.place.text', 'query.from', 'path.id'. */
  target: string;
  kind: Kind;
  request: FuzzRequest;
}

export function operationsOf(document: { paths: Record<string, Record<string, any>> }): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const content: Record<string, { schema: JsonSchema }> = operation.requestBody?.content ?? {};
      const json = content['application/json']?.schema;
      const binary = Object.keys(content).find((type) => type !== 'application/json');
      return {
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        ...(json ? { body: { json } } : binary ? { body: { binary } } : {}),
      };
    }),
  );
}

export const routeOf = (operation: Operation) => `${operation.method} ${operation.path}`;

/** The column of a child row that holds its parent's id (`organization_id` for organizations). */
const parentColumn: Record<string, string> = {
  organizations: 'organization_id',
  people: 'person_id',
  activities: 'activity_id',
  communities: 'community_id',
  estates: 'estate_id',
  stakeholders: 'stakeholder_id',
  resources: 'resource_id',
  planned_activities: 'planned_activity_id',
  meetings: 'meeting_id',
};

/** Where a segment's id lives when it is not the row's own `id`. */
const linkTables: Record<string, [table: string, idColumn: string]> = {
  members: ['organization_members', 'person_id'],
  'served-communities': ['organization_service_areas', 'community_id'],
};

/** Path parameters that are not ids of a table: codes, dates, file names. */
async function specialPathValue(segment: string, name: string, ids: FuzzIds, foreign: boolean) {
  const activity = await ids.of('activities', foreign);
  if (name === 'date') return '2026-06-25';
  if (name === 'table') return 'organizations';
  // A proposal's version number: every proposal has its first.
  if (name === 'number') return '1';
  if (name === 'file') return `${(await ids.of('volunteer_certificates', foreign))?.id ?? unknownId}.pdf`;
  if (name !== 'code') return undefined;
  if (segment === 'invites') return foreign ? undefined : ids.inviteCode;
  if (segment === 'password-resets') return foreign ? undefined : ids.resetCode;
  if (segment === 'publicity')
    return (await ids.of('publicity_drafts', foreign, { status: 'published' }))?.code as string;
  if (segment === 'grant-rounds')
    return (await ids.of('grant_rounds', foreign, { status: 'published' }))?.code as string;
  return activity?.sign_in_code as string | undefined;
}

/**
 * Real values for the path parameters, right to left, so that a child and its parent match: the
 * sub-team's organization, the consent's person. Undefined when a parameter names nothing we know
 * — the completeness check then asks for this file to learn it.
 */
export async function pathValues(operation: Operation, ids: FuzzIds, foreign = false) {
  const segments = operation.path.split('/');
  const values: Record<string, string> = {};
  for (let i = segments.length - 1; i >= 0; i -= 1) {
    const name = /^\{(.+)\}$/.exec(segments[i]!)?.[1];
    if (!name || values[name]) continue;
    const segment = segments[i - 1]!;
    const special = await specialPathValue(segment, name, ids, foreign);
    if (special !== undefined || ['code', 'date', 'table', 'file'].includes(name)) {
      if (special === undefined) return undefined;
      values[name] = special;
      continue;
    }
    const [table, idColumn] = linkTables[segment] ?? [tableOfPathSegment(segment, i - 1), 'id'];
    if (!table) return undefined;
    const row = await ids.of(table, foreign);
    if (!row) return undefined;
    values[name] = String(row[idColumn]);
    // The parent two segments up, from this row's own link to it.
    const parentName = /^\{(.+)\}$/.exec(segments[i - 2] ?? '')?.[1];
    const parentTable = tableOfPathSegment(segments[i - 3] ?? '');
    const link = parentTable ? row[parentColumn[parentTable] ?? ''] : undefined;
    if (parentName && link) values[parentName] = String(link);
  }
  return values;
}

/** Ids a body field names, main street and other street, looked up before the body is built. */
export async function bodyIds(schema: JsonSchema, route: string, ids: FuzzIds) {
  const main = new Map<string, string>();
  const foreign = new Map<string, string>();
  const visit = async (node: JsonSchema, field: string): Promise<void> => {
    const chosen = branchOf(node);
    for (const branch of node.oneOf ?? node.anyOf ?? []) if (branch !== chosen) await visit(branch, field);
    if (chosen.format === 'uuid') {
      const table = tableOfBodyField(field, route);
      if (table) {
        const [inside, outside] = [await ids.of(table), await ids.of(table, true)];
        if (inside) main.set(field, String(inside.id));
        if (outside) foreign.set(field, String(outside.id));
      }
    }
    for (const [name, property] of Object.entries(chosen.properties ?? {})) await visit(property, name);
    if (chosen.items) await visit(chosen.items, singular(field));
  };
  await visit(schema, 'body');
  return { main, foreign };
}

/** Replaced by a new key on every call (see fuzz.test.ts), unless a mutant put something else there. */
export const freshKey = 'fresh-idempotency-key';

/**
 * What a schema cannot say: rules across fields (a zod refinement) that a valid-looking body must
 * follow. `undefined` removes a field. A new route whose base request is refused needs a line here.
 */
const bodyHints: Record<string, Record<string, unknown>> = {
  // A member is a known person or a new name, not both.
  'POST /api/organizations/{id}/members': { name: undefined },
  // The value must fit the field.
  'POST /api/organizations/{id}/changes': { field: 'status', value: 'active' },
  // A birth year and a birth date must agree, and an adult may have a phone.
  'POST /api/people': { birthYear: 1960, birthDate: '1960-05-01' },
  'PATCH /api/people/{id}': { birthYear: 1960, birthDate: '1960-05-01' },
  // Times come from one pattern; the end must come after the start, the duration fit them.
  'POST /api/coaching-sessions': { endTime: '21:00', durationMinutes: 120 },
  'PATCH /api/coaching-sessions/{id}': { endTime: '21:00', durationMinutes: 120 },
  // A leader's invite names the organization only; other roles name a scope instead (core's inviteScopeOf).
  'POST /api/invites': { role: 'organization_leader', scopeKind: undefined, scopeId: undefined },
  // The token a sign-in handed to the volunteer's phone: 32 url-safe characters.
  'POST /api/volunteer/{code}/sign-out': { signOutToken: 'abcdefghijklmnopqrstuvwxyz012345' },
  // A real account (the suite's own leader) and the right current password (the demo's): the
  // base requests then reach their writes, and so do mutants of the new password.
  'POST /api/password-resets': { login: 'leader' },
  'POST /api/auth/password': { currentPassword: 'seedbed-demo', newPassword: 'seedbed-demo' },
  // A round's money, weights and dates must agree (core's roundProblems); estates name none.
  'POST /api/grant-rounds': grantRoundHint,
  'PUT /api/grant-rounds/{id}': grantRoundHint,
  ...allocationBodyHints,
  ...deliberationHints,
};

/** The same for query parameters. */
const queryHints: Record<string, Record<string, string>> = allocationQueryHints;

/** The valid-looking request: every parameter and body field filled in (`requiredOnly`: fewer). */
export function baseRequest(
  operation: Operation,
  path: Record<string, string>,
  idFor: (field: string) => string | undefined,
  requiredOnly: boolean,
  bytes: Uint8Array,
): FuzzRequest {
  const request: FuzzRequest = { path, query: {}, headers: {} };
  for (const parameter of operation.parameters) {
    // Headers (an Idempotency-Key) are sent as a client sends them, in both bases.
    if (parameter.in === 'path' || (requiredOnly && !parameter.required && parameter.in !== 'header')) continue;
    const value =
      queryHints[routeOf(operation)]?.[parameter.name] ??
      String(valueFor(parameter.schema, idFor, true, parameter.name));
    if (parameter.in === 'query') request.query[parameter.name] = encodeURIComponent(value);
    else if (parameter.name === 'idempotency-key') request.headers[parameter.name] = freshKey;
    else request.headers[parameter.name] = encodeURIComponent(value);
  }
  if (operation.body && 'json' in operation.body) {
    const body = valueFor(operation.body.json, idFor, requiredOnly, 'body') as Record<string, unknown>;
    for (const [field, value] of Object.entries(bodyHints[routeOf(operation)] ?? {}))
      if (value === undefined) delete body[field];
      else body[field] = value;
    request.body = body;
  }
  if (operation.body && 'binary' in operation.body) {
    // A real photo where one is taken, so the request gets past the file checks to its parameters.
    const isImage = operation.body.binary.startsWith('image/');
    request.headers['content-type'] = isImage ? 'image/jpeg' : operation.body.binary;
    request.body = isImage ? bytes : 'not the bytes of any file';
  }
  return request;
}

const copy = (request: FuzzRequest): FuzzRequest => structuredClone(request);

/** Every one-field break of `base`: each body field, query, path and header parameter, each kind. */
export function mutantsOf(
  operation: Operation,
  base: FuzzRequest,
  foreignPath: Record<string, string> | undefined,
  foreignFor: (field: string) => string | undefined,
): Mutant[] {
  const mutants: Mutant[] = [];
  for (const parameter of operation.parameters) {
    const values: Malformed[] =
      parameter.in === 'header'
        ? [{ kind: 'very long', value: 'x'.repeat(8_000) }]
        : urlValues(parameter.schema, parameter.in === 'path');
    if (parameter.in === 'path' && parameter.schema.format === 'uuid')
      values.push(...idValues(foreignPath?.[parameter.name], unknownId));
    if (parameter.in === 'query' && parameter.schema.format === 'uuid')
      values.push(...idValues(foreignFor(parameter.name), unknownId).map((v) => ({ ...v, value: String(v.value) })));
    for (const { kind, value } of values) {
      const request = copy(base);
      if (parameter.in === 'path') request.path[parameter.name] = String(value);
      else if (parameter.in === 'query') request.query[parameter.name] = value as string | string[];
      else request.headers[parameter.name] = String(value);
      mutants.push({ target: `${parameter.in}.${parameter.name}`, kind, request });
    }
  }
  if (operation.body && 'json' in operation.body) {
    for (const kind of ['deep nesting', 'wrong type'] as const) {
      const whole = { 'deep nesting': deeplyNested(), 'wrong type': [1, 2, 3] }[kind];
      mutants.push({ target: 'body', kind, request: { ...copy(base), body: whole } });
    }
    collectBodyMutants(operation.body.json, base, [], foreignFor, mutants);
  }
  return mutants;
}

function collectBodyMutants(
  schema: JsonSchema,
  base: FuzzRequest,
  at: (string | number)[],
  foreignFor: (field: string) => string | undefined,
  into: Mutant[],
) {
  const chosen = branchOf(schema);
  const current = readAt(base.body, at);
  if (at.length) {
    const field = String([...at].reverse().find((step) => typeof step === 'string') ?? 'body');
    const values = bodyValues(schema, current);
    if (chosen.format === 'uuid') values.push(...idValues(foreignFor(singular(field)), unknownId));
    for (const { kind, value } of values) {
      const request = copy(base);
      request.body = writeAt(request.body, at, value);
      into.push({ target: `body.${at.join('.')}`, kind, request });
    }
  }
  if (typeOf(chosen) === 'object')
    for (const [name, property] of Object.entries(chosen.properties ?? {}))
      collectBodyMutants(property, base, [...at, name], foreignFor, into);
  if (typeOf(chosen) === 'array' && Array.isArray(current) && current.length && chosen.items)
    collectBodyMutants(chosen.items, base, [...at, 0], foreignFor, into);
}

function readAt(value: unknown, at: (string | number)[]): unknown {
  return at.reduce<any>((node, step) => (node == null ? undefined : node[step]), value);
}

/** Sets `at` in a copy made by the caller (the base, or a missing optional field, is created). */
function writeAt(root: unknown, at: (string | number)[], value: unknown): unknown {
  const top = (root ?? {}) as any;
  let node = top;
  for (const step of at.slice(0, -1)) {
    node[step] ??= {};
    node = node[step];
  }
  node[at[at.length - 1]!] = value;
  return top;
}

/** The URL of a request: path parameters in place, the query as written. */
export function urlOf(operation: Operation, request: FuzzRequest): string {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => request.path[name] ?? '');
  const query = Object.entries(request.query).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((one) => `${name}=${one}`),
  );
  return query.length ? `${path}?${query.join('&')}` : path;
}
