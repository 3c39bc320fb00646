import type { RelationKind, Stage, StageModel, SubTeamRole, TrackedField } from '@seedbed/core';

/** Rows of the registry's tables (migration 0003), named as the columns; jsonb arrays as JSON text. */
export interface OrganizationChangeRow {
  id: string;
  street_id: string;
  organization_id: string;
  field: TrackedField;
  value: string;
  changed_on: string;
  reason: string | null;
  document_ref: string | null;
  recorded_by: string | null;
  recorded_at: string;
}

export interface SubTeamRow {
  id: string;
  street_id: string;
  organization_id: string;
  name: string;
  formed_on: string | null;
  ended_on: string | null;
}

export interface SubTeamMemberRow {
  id: string;
  street_id: string;
  sub_team_id: string;
  person_id: string;
  role: SubTeamRole;
  joined_on: string | null;
  left_on: string | null;
}

export interface ChatGroupCountRow {
  id: string;
  street_id: string;
  chat_group_id: string;
  counted_on: string;
  member_count: number;
}

export interface RelationRow {
  id: string;
  street_id: string;
  organization_id: string;
  related_organization_id: string;
  kind: RelationKind;
  since: string | null;
  until: string | null;
  note: string | null;
}

export interface InterviewRow {
  id: string;
  street_id: string;
  organization_id: string;
  interviewed_on: string;
  interviewer: string;
  origin: string | null;
  development: string | null;
  activities: string | null;
  difficulties: string | null;
  hopes: string | null;
  notes: string | null;
  recorded_by: string | null;
  recorded_at: string;
}

export interface StageAssessmentRow {
  id: string;
  street_id: string;
  organization_id: string;
  assessed_on: string;
  assessor_user_id: string | null;
  assessor_name: string;
  stage_model: StageModel;
  stage: Stage;
  criteria: string;
  evidence: string;
  advice: string | null;
  recorded_at: string;
}

export interface CaseOutcomeRow {
  id: string;
  street_id: string;
  organization_id: string | null;
  person_id: string | null;
  recorded_on: string;
  difficulty: string;
  staff_action: string;
  change: string;
  background: string | null;
  recorded_by: string | null;
  recorded_at: string;
}

export const dissolveReasons = [
  '队长搬离社区，无人接手',
  '活动场地被收回',
  '成员年纪大了，逐渐不来了',
  '与其他队伍合并',
];

export const interviewTexts = [
  {
    origin: '几位退休的老邻居在广场上自发聚在一起，慢慢固定下来。',
    development: '从十几个人发展到二三十人，有了固定的活动时间。',
    activities: '每周两次活动，主要面向社区的老年居民。',
    difficulties: '冬天没有室内场地，缺少音响设备。',
    hopes: '希望能参加社区的节日演出，也愿意带新人。',
    notes: '队长很热心，但事情都压在她一个人身上。',
  },
  {
    origin: '社工在走访中发现几位热心的居民，组织了第一次活动。',
    development: '参加了微公益创投，拿到第一桶金，开始有分工。',
    activities: '为独居老人上门探访、代买药品。',
    difficulties: '报销流程不熟悉，垫付的钱回来得慢。',
    hopes: '希望有更多年轻人加入，能覆盖到旁边的社区。',
    notes: '已经有副队长和财务，开始每月开例会。',
  },
  {
    origin: '居委会牵头成立，后来由居民自己接手。',
    development: '一度停摆，后来在民生会上重新找到方向。',
    activities: '楼道清洁、垃圾分类宣传。',
    difficulties: '部分居民不理解，物业配合不够。',
    hopes: '希望和物业、业委会一起商量长期的办法。',
    notes: null,
  },
] as const;

export const caseOutcomeTexts = [
  {
    difficulty: '队长一言堂，成员意见大，有人退出。',
    staff_action: '陪伴召开共识会，讨论分工，选出副队长、财务和后勤。',
    change: '成员回流，队伍每月开例会，决定由大家商量。',
    background: '队伍成立五年，以前一直由队长一人决定。',
  },
  {
    difficulty: '没有固定的活动场地。',
    staff_action: '协调居委会和物业，开放闲置的活动室。',
    change: '每周固定两次活动，参加人数翻倍。',
    background: null,
  },
  {
    difficulty: '不会写项目书和预算，担心报销。',
    staff_action: '报销会上一对一辅导，讲解票据要求。',
    change: '独立完成了第二期的项目书，按时报销。',
    background: '队长六十八岁，用手机不熟练。',
  },
] as const;
