/**
 * The small part of JSON Schema (OpenAPI 3.1) that our zod schemas produce, and a valid-looking value
 * for each: what the fuzz suite starts from before it breaks one field at a time.
 */
export interface JsonSchema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  pattern?: string;
  default?: unknown;
}

/** A real id for a field that names a record (`organizationId`, `personIds`, …), when one is known. */
export type IdFor = (fieldName: string) => string | undefined;

/** The first type of a schema that is not 'null' ('string' for `["string","null"]`). */
export function typeOf(schema: JsonSchema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((type) => type !== 'null');
  if (schema.type) return schema.type;
  if (schema.enum) return typeof schema.enum[0];
  if (schema.properties) return 'object';
  return undefined;
}

/** The branch a value is built from: the first of anyOf/oneOf that is not only null. */
export function branchOf(schema: JsonSchema): JsonSchema {
  const branches = schema.oneOf ?? schema.anyOf;
  if (!branches) return schema;
  return branchOf(branches.find((branch) => branch.type !== 'null') ?? branches[0]!);
}

/** A string the pattern accepts, for the few patterns our schemas use (times, codes, phones). */
function stringForPattern(pattern: string): string | undefined {
  const samples = ['19:00', '13800138000', 'ABCD2345', '2026-06-30', 'A1', 'abc'];
  return samples.find((sample) => new RegExp(pattern).test(sample));
}

function stringOf(schema: JsonSchema, field: string, idFor: IdFor): string {
  switch (schema.format) {
    case 'uuid':
      return idFor(field) ?? '00000000-0000-4000-8000-00000000f022';
    case 'date':
      return '2026-06-29';
    case 'date-time':
      return '2026-06-29T09:00:00+08:00';
  }
  if (schema.pattern) {
    const sample = stringForPattern(schema.pattern);
    if (sample) return sample;
  }
  const text = `试${field}`;
  const min = schema.minLength ?? 0;
  const padded = text.length >= min ? text : text.padEnd(min, '字');
  return schema.maxLength !== undefined ? padded.slice(0, Math.max(schema.maxLength, min)) : padded;
}

function numberOf(schema: JsonSchema): number {
  const low = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
  const high = schema.maximum ?? low + 10;
  return Math.min(Math.max(low, 1), high);
}

/** Whether a property holds ids (`communityId`, `organizationIds`): what ties a request to records. */
function namesRecords(schema: JsonSchema): boolean {
  const chosen = branchOf(schema);
  return chosen.format === 'uuid' || (typeOf(chosen) === 'array' && branchOf(chosen.items ?? {}).format === 'uuid');
}

/**
 * A value `schema` accepts, with every property present (optional ones too, so they get broken as
 * well), or with `requiredOnly` the required ones and those that name records (the ids a form
 * always fills in). `field` is the property's name, for ids and for readable text.
 */
export function valueFor(schema: JsonSchema, idFor: IdFor, requiredOnly = false, field = 'value'): unknown {
  const chosen = branchOf(schema);
  if (chosen.const !== undefined) return chosen.const;
  if (chosen.enum) return chosen.enum[0];
  if (chosen.default !== undefined && requiredOnly && !namesRecords(chosen)) return chosen.default;
  switch (typeOf(chosen)) {
    case 'object': {
      const required = new Set(chosen.required ?? []);
      const entries = Object.entries(chosen.properties ?? {}).filter(
        ([name, property]) => !requiredOnly || required.has(name) || namesRecords(property),
      );
      return Object.fromEntries(
        entries.map(([name, property]) => [name, valueFor(property, idFor, requiredOnly, name)]),
      );
    }
    case 'array': {
      const count = Math.max(chosen.minItems ?? 0, 1);
      const element = singular(field);
      return Array.from({ length: count }, () => valueFor(chosen.items ?? {}, idFor, requiredOnly, element));
    }
    case 'string':
      return stringOf(chosen, field, idFor);
    case 'integer':
    case 'number':
      return numberOf(chosen);
    case 'boolean':
      // Flags switch extra rules on (a child signing in, an online session): off is the plain case.
      return false;
    default:
      return null;
  }
}

/** 'organizationIds' → 'organizationId': an array's element is named like its field. */
export function singular(field: string): string {
  return field.endsWith('Ids') ? field.slice(0, -1) : field;
}
