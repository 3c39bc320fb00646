import type { BeneficiaryGroup, Openness, Recurrence } from '@seedbed/core';

/**
 * Rows of the activities tables (packages/db/src/migrations/0008-activities.ts), named as the
 * columns. Instants are ISO strings; dates 'YYYY-MM-DD'.
 */
export interface PlannedActivityRow {
  id: string;
  street_id: string;
  organization_id: string;
  community_id: string | null;
  title: string;
  content: string;
  co_hosts: string[];
  space_id: null;
  estate_id: string | null;
  courtyard_id: null;
  place_text: string | null;
  beneficiary_groups: BeneficiaryGroup[];
  openness: Openness;
  starts_on: string;
  until_on: string | null;
  start_time: string;
  duration_minutes: number;
  recurrence: Recurrence;
  created_by: string | null;
}

export interface ActivityRow {
  id: string;
  street_id: string;
  community_id: string | null;
  run_by: 'organizations' | 'incubator' | 'committee';
  title: string;
  content: string;
  starts_at: string;
  ends_at: string;
  co_hosts: string[];
  space_id: null;
  estate_id: string | null;
  courtyard_id: null;
  place_text: string | null;
  beneficiary_groups: BeneficiaryGroup[];
  openness: Openness;
  organizer_count: number;
  served_count: number;
  reflection: string | null;
  is_planned_in_project: boolean;
  plan_item_id: string | null;
  sign_in_code: string;
  planned_activity_id: string | null;
  occurrence_on: string | null;
  recorded_by: string | null;
  updated_at: string;
}

export interface ActivityOrganizationRow {
  activity_id: string;
  organization_id: string;
  street_id: string;
  position: number;
}

export interface ActivityParticipantRow {
  id: string;
  street_id: string;
  activity_id: string;
  person_id: string | null;
  guest_name: string | null;
  role: 'organizer' | 'participant';
}

export interface ActivityFeedbackRow {
  id: string;
  street_id: string;
  activity_id: string;
  position: number;
  text: string;
  said_by: string | null;
}

export interface ActivitySignInRow {
  id: string;
  street_id: string;
  activity_id: string;
  name: string;
  phone: string | null;
  is_child: boolean;
  guardian_consent: boolean;
  identity_key: string;
  signed_at: string;
}

/** What each kind of organization does, for titles (seed 002's teams: dance, choir, care, patrol…). */
export const activityTitles = [
  '广场舞练习',
  '合唱排练',
  '重阳节敬老联欢',
  '楼道清洁日',
  '助老送餐',
  '四点半课堂',
  '垃圾分类宣传',
  '邻里议事会',
  '手工编织课',
  '健康讲座',
  '夏季纳凉晚会',
  '困难家庭走访',
] as const;

export const feedbackTexts = [
  ['希望以后每个月都办一次。', '受益居民'],
  ['第一次来，邻居都很热情。', '新来的居民'],
  ['大家分工清楚，比上次顺利。', '成员'],
  ['场地有点小，下次可以换到广场。', '成员'],
  ['孩子很喜欢，下周还来。', '家长'],
] as const;

export const reflections = [
  '这次大家主动分工，我轻松了很多。',
  '来了不少新面孔，以后要多请邻居参加。',
  '准备得有点匆忙，下次提前一周通知。',
  '居委会帮忙借了场地，合作越来越顺。',
] as const;

export const guestNames = ['赵阿姨', '钱师傅', '孙奶奶', '李叔叔', '周大姐', '吴老师', '郑大爷'] as const;
