import { z } from 'zod';
import { type ResourceCategory, resourceCategories, resourceCategorySchema } from './survey-types';

/**
 * The resource map's three views (seed 003 §5.1), per category of resource:
 * 1. initial resources and their use — found by the baseline date, and how many of those were used
 *    by the chosen date;
 * 2. growth — resources found by the baseline date against those found by the chosen date;
 * 3. utilisation — of the resources found by the chosen date, how many were used at least once by
 *    then, and how many dated uses there were.
 * A resource counts as "used by D" when one of its uses is dated on or before D.
 */
export interface MappedResource {
  category: ResourceCategory;
  foundOn: string;
  persistence: 'one_off' | 'sustained';
  useDates: readonly string[];
}

export interface ResourceMapRow {
  category: ResourceCategory;
  initial: number;
  initialUsed: number;
  total: number;
  sustained: number;
  used: number;
  uses: number;
}

export function mapResources(resources: readonly MappedResource[], baseline: string, asOf: string): ResourceMapRow[] {
  return resourceCategories.map((category) => {
    const ofCategory = resources.filter((r) => r.category === category);
    const initial = ofCategory.filter((r) => r.foundOn <= baseline);
    const known = ofCategory.filter((r) => r.foundOn <= asOf);
    const usesBy = (r: MappedResource) => r.useDates.filter((d) => d <= asOf).length;
    return {
      category,
      initial: initial.length,
      initialUsed: initial.filter((r) => usesBy(r) > 0).length,
      total: known.length,
      sustained: known.filter((r) => r.persistence === 'sustained').length,
      used: known.filter((r) => usesBy(r) > 0).length,
      uses: known.reduce((n, r) => n + usesBy(r), 0),
    };
  });
}

/**
 * The default baseline: the end of the first three months after the first resource was found — the
 * months of "seeping in" 下渗 when the initial survey is done (seed 003 §1). Today when nothing is found yet.
 */
export function defaultBaseline(foundDates: readonly string[], today: string): string {
  if (foundDates.length === 0) return today;
  const first = [...foundDates].sort()[0] as string;
  const date = new Date(`${first}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 3);
  const baseline = date.toISOString().slice(0, 10);
  return baseline < today ? baseline : today;
}

export const resourceMapSchema = z.object({
  baseline: z.string(),
  asOf: z.string(),
  rows: z.array(
    z.object({
      category: resourceCategorySchema,
      initial: z.number().int(),
      initialUsed: z.number().int(),
      total: z.number().int(),
      sustained: z.number().int(),
      used: z.number().int(),
      uses: z.number().int(),
    }),
  ),
  pins: z.array(
    z.object({
      resourceId: z.string(),
      name: z.string(),
      category: resourceCategorySchema,
      x: z.number(),
      y: z.number(),
      isUsed: z.boolean(),
    }),
  ),
});
export type ResourceMap = z.infer<typeof resourceMapSchema>;
