import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as core from './index';

/**
 * A change (PATCH) names only what changes. zod applies a field's default even inside
 * `.partial()`, so a change schema with a default would silently reset what the caller left out
 * (an activity's participants emptied by a change of title). Every exported update schema is
 * checked here: no field may carry a default, however deeply wrapped.
 */
function hasDefault(schema: z.ZodType): boolean {
  const def = (schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodType } } })._zod.def;
  if (def.type === 'default' || def.type === 'prefault') return true;
  return def.innerType ? hasDefault(def.innerType) : false;
}

const changeSchemas = Object.entries(core).filter(
  ([name, value]) =>
    /(Update|Change|Patch)\w*Schema$/.test(name) && typeof value === 'object' && value && 'shape' in value,
) as [string, z.ZodObject][];

describe('change schemas', () => {
  it('are found, and a default is seen where there is one', () => {
    expect(changeSchemas.map(([name]) => name)).toContain('activityUpdateInputSchema');
    expect(hasDefault(core.activityInputSchema.shape.participants)).toBe(true);
  });
  it.each(changeSchemas)('%s fills in no defaults', (_name, schema) => {
    const withDefaults = Object.entries(schema.shape)
      .filter(([, field]) => hasDefault(field as z.ZodType))
      .map(([field]) => field);
    expect(withDefaults).toEqual([]);
  });
});
