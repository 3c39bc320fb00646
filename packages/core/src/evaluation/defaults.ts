import type { EvaluationForm, EvaluationForms, EvaluationWeights } from './schemas';

/**
 * The default form, from seed 002's two halves of an organization's evaluation: "组织评估包括组织项目
 * 评估和组织财务评估". Project criteria first (what the team set out to do, whether it happened, who
 * took part, how the team worked, whether it was recorded), then finance (budget kept, receipts in
 * order, money made public — 财务公开). The maxima sum to 100 so a sheet reads as points out of 100,
 * but sheets are normalised anyway (`sheetOn100`), so staff may change them freely.
 */
export const defaultEvaluationForm: EvaluationForm = [
  {
    key: 'goals',
    title: '项目目标达成',
    description: '提案里定的目标做到了多少；没做到的，原因是否清楚。',
    maxPoints: 20,
  },
  {
    key: 'activities',
    title: '活动按计划开展',
    description: '计划内的活动是否办了，次数、时间、地点与记录是否对得上。',
    maxPoints: 20,
  },
  {
    key: 'participation',
    title: '居民参与和受益',
    description: '参与人次、新面孔、受益居民的反馈。',
    maxPoints: 15,
  },
  {
    key: 'teamwork',
    title: '团队分工与协作',
    description: '是否有副队长、财务等分工，重要事情是否一起商量（共识会而不是一言堂）。',
    maxPoints: 15,
  },
  {
    key: 'records',
    title: '记录与宣传',
    description: '签到表、活动记录表、照片和活动信息稿是否齐全。',
    maxPoints: 10,
  },
  {
    key: 'budget',
    title: '预算执行',
    description: '钱是否按预算花，调整是否说明。',
    maxPoints: 10,
  },
  {
    key: 'receipts',
    title: '票据与报销规范',
    description: '发票、收据是否齐全，报销是否按时。',
    maxPoints: 5,
  },
  {
    key: 'openness',
    title: '财务公开',
    description: '账目是否向队员公开。',
    maxPoints: 5,
  },
];

export const defaultEvaluationForms: EvaluationForms = {
  self: defaultEvaluationForm,
  peer: defaultEvaluationForm,
  expert: defaultEvaluationForm,
  incubator: defaultEvaluationForm,
};

/**
 * Seed 002 fig. 3 gives the expert review "比重 40%，三位专家加总取平均值，采用百分制" and a 10% dimension
 * on the same 100-point scale. We read the figure as self 10%, peer 10%, expert 40% and incubator 40%
 * (the incubator follows the team all year, so it weighs as much as the experts); staff change the
 * weights per campaign, and they must sum to 100.
 */
export const defaultEvaluationWeights: EvaluationWeights = { self: 10, peer: 10, expert: 40, incubator: 40 };

/** How many other teams each team rates by default (互评): enough for a mean, few enough to do on a phone. */
export const defaultPeerCount = 3;
