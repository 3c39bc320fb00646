/**
 * What an input may take, read from the core zod schema of its form, so `required` and `maxLength`
 * are written once (in core) instead of beside every input. Structural: the web package reads the
 * schema's public surface (`shape`, `unwrap`, `in`, `maxLength`, `minValue`, `maxValue`, `safeParse`)
 * without importing zod itself.
 */

/** The parts of a zod v4 schema this module reads. */
export interface SchemaNode {
  safeParse(value: unknown): { success: boolean };
  _zod: { def: { type: string } };
  shape?: Record<string, SchemaNode>;
  unwrap?: () => SchemaNode;
  in?: SchemaNode;
  maxLength?: number | null;
  minValue?: number | null;
  maxValue?: number | null;
}

export interface FieldConstraints {
  /** A blank field is refused: the schema accepts neither a missing value, null, nor ''. */
  required: boolean;
  /** The longest text the schema accepts (a string's `.max()`). */
  maxLength?: number;
  /** The smallest and largest number the schema accepts (a number's `.min()` / `.max()`). */
  min?: number;
  max?: number;
}

/** Wrappers that do not change what the field holds: look through them to the value's own schema. */
const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

export function innermost(node: SchemaNode): SchemaNode {
  let current = node;
  for (let depth = 0; depth < 10; depth += 1) {
    const type = current._zod.def.type;
    if (wrappers.has(type) && current.unwrap) current = current.unwrap();
    else if (type === 'pipe' && current.in) current = current.in;
    else break;
  }
  return current;
}

const finite = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** The constraints of one field's schema. */
export function constraintsOf(field: SchemaNode): FieldConstraints {
  const required = [undefined, null, ''].every((blank) => !field.safeParse(blank).success);
  const inner = innermost(field);
  const constraints: FieldConstraints = { required };
  if (finite(inner.maxLength)) constraints.maxLength = inner.maxLength;
  if (inner._zod.def.type === 'number') {
    if (finite(inner.minValue)) constraints.min = inner.minValue;
    if (finite(inner.maxValue)) constraints.max = inner.maxValue;
  }
  return constraints;
}

/** The fields of an object schema (looking through `.optional()`, `.transform()`…); none for others. */
export function shapeOf(schema: SchemaNode): Record<string, SchemaNode> {
  return innermost(schema).shape ?? {};
}

/**
 * The constraints of the field `name` of an object schema. A name the schema does not know gives
 * no constraints (not required, no limit): the form may hold values it maps before parsing.
 */
export function fieldConstraints(schema: SchemaNode, name: string): FieldConstraints {
  let fields = known.get(schema);
  if (!fields) {
    fields = new Map();
    known.set(schema, fields);
  }
  let constraints = fields.get(name);
  if (!constraints) {
    const field = shapeOf(schema)[name];
    constraints = field ? constraintsOf(field) : { required: false };
    fields.set(name, constraints);
  }
  return constraints;
}

/** Schemas are constants of core: each field is read once, not on every render. */
const known = new WeakMap<SchemaNode, Map<string, FieldConstraints>>();
