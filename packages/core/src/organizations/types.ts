import { z } from 'zod';

/**
 * Civil-affairs reporting folds every organization into four categories (seed 004).
 */
export const civilCategories = ['resident_service', 'charity', 'neighbour_help', 'culture_recreation'] as const;
export type CivilCategory = (typeof civilCategories)[number];

/**
 * Fine-grained organization types seen in the seeds, each mapped to its civil-affairs category.
 * The mapping is the seeds' practice: environment and safety teams serve residents; rights advocacy
 * and volunteer service are reported as public-welfare charity; education folds into culture.
 */
export const organizationTypeCategory = {
  culture_recreation: 'culture_recreation', // 文体娱乐
  resident_service: 'resident_service', // 为民服务
  neighbour_help: 'neighbour_help', // 邻里互助
  environment: 'resident_service', // 环保
  safety: 'resident_service', // 安全
  rights_advocacy: 'charity', // 权益倡导
  life_services: 'resident_service', // 生活服务
  education: 'culture_recreation', // 教育培训
  volunteer_service: 'charity', // 志愿服务
  public_welfare: 'charity', // 公益慈善
  children_council: 'resident_service', // 儿童议事会
} as const satisfies Record<string, CivilCategory>;

export type OrganizationType = keyof typeof organizationTypeCategory;
export const organizationTypes = Object.keys(organizationTypeCategory) as [OrganizationType, ...OrganizationType[]];
export const organizationTypeSchema = z.enum(organizationTypes);

export function civilCategoryOf(type: OrganizationType): CivilCategory {
  return organizationTypeCategory[type];
}

/** Orientation 自益 → 互益 → 共益 → 公益: moving up this scale is the point of "2.0". */
export const orientations = ['self_benefit', 'mutual_benefit', 'common_benefit', 'public_benefit'] as const;
export const orientationSchema = z.enum(orientations);
export type Orientation = z.infer<typeof orientationSchema>;

export const organizationStatuses = ['active', 'inactive', 'dissolved'] as const;
export const organizationStatusSchema = z.enum(organizationStatuses);
export type OrganizationStatus = z.infer<typeof organizationStatusSchema>;

/** Filing: none → filed with the residents' committee 居委会备案 → registered legal entity 登记注册. */
export const filingStatuses = ['none', 'filed', 'registered'] as const;
export const filingStatusSchema = z.enum(filingStatuses);
export type FilingStatus = z.infer<typeof filingStatusSchema>;

/** Roles inside an organization (seed 000): spreading power away from one leader. */
export const memberRoles = ['leader', 'deputy', 'treasurer', 'logistics', 'member'] as const;
export const memberRoleSchema = z.enum(memberRoles);
export type MemberRole = z.infer<typeof memberRoleSchema>;

/** Relations between organizations (seeds 000, 002, 003): the evidence of a big tree's network. */
export const relationKinds = ['spun_off_from', 'incubated_by', 'partner', 'federation_member'] as const;
export const relationKindSchema = z.enum(relationKinds);
export type RelationKind = z.infer<typeof relationKindSchema>;

/** Roles inside a sub-team 分队: its own leaders and members. */
export const subTeamRoles = ['leader', 'member'] as const;
export const subTeamRoleSchema = z.enum(subTeamRoles);
export type SubTeamRole = z.infer<typeof subTeamRoleSchema>;

/** Fields whose every change is kept with its date (the history behind the current value). */
export const trackedFields = ['orientation', 'filing_status', 'status'] as const;
export const trackedFieldSchema = z.enum(trackedFields);
export type TrackedField = z.infer<typeof trackedFieldSchema>;
