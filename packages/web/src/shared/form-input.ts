import { innermost, type SchemaNode, shapeOf } from './schema-fields';

/**
 * What a form of text inputs sends, read against its schema, so a form does not map field by field:
 * text is trimmed, the `numbers` fields become numbers (digits only: anything else stays text, so the
 * schema refuses it), and a blank field is
 * - left out when adding a record (the schema says whether it was required);
 * - when editing one: null where the schema takes null (that clears the stored value), left out for a
 *   choice (the record keeps its value), and '' for a text that may not be blank (the schema refuses it,
 *   rather than quietly keeping the old name).
 * Values that are not text (lists, flags) pass as they are.
 */
export function formInput<Values extends object>(
  values: Values,
  schema: SchemaNode,
  { isEdit = false, numbers = [] }: { isEdit?: boolean; numbers?: readonly (keyof Values)[] } = {},
): Record<string, unknown> {
  const fields = shapeOf(schema);
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value !== 'string') {
      input[key] = value;
      continue;
    }
    const text = value.trim();
    const sent = text
      ? numbers.includes(key as keyof Values)
        ? numberOrText(text)
        : text
      : isEdit
        ? clearedValue(fields[key])
        : undefined;
    // Left out means no key at all: a strict schema refuses even an undefined key it does not know.
    if (sent !== undefined) input[key] = sent;
  }
  return input;
}

function numberOrText(text: string): number | string {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

function clearedValue(field: SchemaNode | undefined): null | '' | undefined {
  if (!field) return undefined;
  if (field.safeParse(null).success) return null;
  return innermost(field)._zod.def.type === 'string' ? '' : undefined;
}
