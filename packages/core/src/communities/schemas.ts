import { z } from 'zod';
import { idSchema } from '../shared/schemas';

/**
 * Estate types 小区类型 (seeds 003, 004). 老旧小区 means built before the end of 2000.
 * A community 社区 holds several estates of different types, each with its own property company
 * and owners' committee.
 */
export const estateTypes = [
  'old_neighbourhood', // 老旧小区
  'commodity_housing', // 新建商品房
  'affordable_housing', // 经济适用房/两限房/自住型商品房
  'public_housing', // 保障房/廉租房
  'urban_village', // 城中村
  'resettlement', // 拆迁安置
  'high_end', // 高档小区
  'other',
] as const;
export const estateTypeSchema = z.enum(estateTypes);
export type EstateType = z.infer<typeof estateTypeSchema>;

/** The residents' committee's attitude to the incubator (seed 003 §1). */
export const committeeAttitudes = ['cooperative', 'wait_and_see', 'refusing'] as const;
export const committeeAttitudeSchema = z.enum(committeeAttitudes);
export type CommitteeAttitude = z.infer<typeof committeeAttitudeSchema>;

export const streetSchema = z.object({
  id: idSchema,
  name: z.string(),
  district: z.string().nullable(),
});
export type Street = z.infer<typeof streetSchema>;

export const estateSchema = z.object({
  id: idSchema,
  communityId: idSchema,
  name: z.string(),
  estateType: estateTypeSchema,
  buildYear: z.number().int().nullable(),
  households: z.number().int().nullable(),
  propertyCompany: z.string().nullable(),
  ownersCommittee: z.string().nullable(),
  courtyards: z.array(z.object({ id: idSchema, name: z.string() })),
});
export type Estate = z.infer<typeof estateSchema>;

export const communitySummarySchema = z.object({
  id: idSchema,
  streetId: idSchema,
  name: z.string(),
  households: z.number().int().nullable(),
  residentPopulation: z.number().int().nullable(),
  /** 居委会态度: the incubator's own judgement, absent for everyone else (`withoutCommitteeAttitude`). */
  committeeAttitude: committeeAttitudeSchema.nullable().optional(),
  organizationCount: z.number().int(),
});
export type CommunitySummary = z.infer<typeof communitySummarySchema>;
