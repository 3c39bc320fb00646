import type { EligibilityRule, NegativeListEntry, PipelineStepKind, RubricCriterion } from './round-schemas';

/**
 * Funding directions a deployment starts with (seed 004's 公益创投 directions and the issue's list),
 * with the ids migration 0021 gave them, so the demo's rounds can name them; staff edit the list
 * at /api/grant-directions. A round picks some of them.
 */
export const defaultGrantDirections: readonly { id: string; name: string }[] = [
  { id: '0d1ec710-0000-4000-8000-000000000001', name: '残障友好' },
  { id: '0d1ec710-0000-4000-8000-000000000002', name: '老龄友好' },
  { id: '0d1ec710-0000-4000-8000-000000000003', name: '儿童友好' },
  { id: '0d1ec710-0000-4000-8000-000000000004', name: '社区环保' },
  { id: '0d1ec710-0000-4000-8000-000000000005', name: '城市动物关爱' },
  { id: '0d1ec710-0000-4000-8000-000000000006', name: '社区应急管理' },
  { id: '0d1ec710-0000-4000-8000-000000000007', name: '社区教育' },
];

/**
 * The pipeline of a round as seeds 000 (青朴 居民提案) and 002 (宣讲会 → 第一桶金项目大赛) run it, in
 * order, with a share of the round's days each (rounded; the last step takes what is left). Staff
 * edit the steps and their dates per round.
 */
export const defaultPipeline: readonly { kind: PipelineStepKind; name: string; days: number }[] = [
  { kind: 'briefing', name: '宣讲会', days: 7 },
  { kind: 'call_for_proposals', name: '提案征集', days: 21 },
  { kind: 'committee_endorsement', name: '居委会认可', days: 7 },
  { kind: 'filing_review', name: '立案评审', days: 7 },
  { kind: 'dialogue', name: '多方对话会', days: 7 },
  { kind: 'refinement', name: '提案优化', days: 14 },
  { kind: 'selection', name: '展示评审/立项', days: 7 },
  { kind: 'public_notice', name: '公示', days: 7 },
  { kind: 'execution', name: '执行', days: 180 },
  { kind: 'closing', name: '结项', days: 14 },
];

/** The 公示 window when a round does not say otherwise (issue 17: "e.g. 7 days, per round"). */
export const defaultPublicNoticeDays = 7;

/**
 * Spending a micro-grant does not pay for (a negative list, editable per round). Each entry's
 * keywords are matched case-insensitively inside a budget line or a claim's text; its exceptions
 * are phrases that contain a keyword but are fine (酒精 for disinfecting is not 酒; 烟感 is a smoke
 * alarm), so they are masked before matching. A hit is a warning for a person to look at, never
 * an automatic refusal: keywords cannot read intent.
 */
export const defaultNegativeList: readonly NegativeListEntry[] = [
  {
    key: 'cash_gifts',
    label: '现金、红包和购物卡',
    keywords: [
      '现金红包',
      '红包',
      '现金',
      '购物卡',
      '礼品卡',
      '代金券',
      '充值卡',
      '消费卡',
      '储值卡',
      '卡券',
      'gift card',
      'cash',
    ],
    exceptions: ['现金流'],
  },
  {
    key: 'alcohol_tobacco',
    label: '烟酒',
    keywords: ['烟', '酒', '白酒', '啤酒', '红酒', '洋酒', 'alcohol', 'tobacco', 'cigarette', 'liquor', 'beer', 'wine'],
    exceptions: ['酒精', '酒店', '烟感', '烟雾报警', '防烟', '排烟', '烟花爆竹安全', '禁烟', '戒烟', '控烟'],
  },
  {
    key: 'personal_items',
    label: '个人物品',
    keywords: ['个人用品', '个人物品', '私人物品', '私人用品', '手机', '个人消费', 'personal item'],
    exceptions: ['手机支架'],
  },
  {
    key: 'paying_members',
    label: '给成员发误工费、劳务费',
    keywords: ['误工费', '误工补贴', '劳务费', '成员补贴', '队员补贴', '工资', '酬劳', '报酬', 'wage', 'salary'],
    exceptions: [],
  },
];

/**
 * Who may apply, from seed 000 (青朴 居民提案): a public issue, a team formed around it, filed with
 * the residents' committee — a person confirms those; the cap and the duration the system checks.
 */
export const defaultEligibility: readonly EligibilityRule[] = [
  { key: 'public_issue', text: '提案针对社区的公共议题，而不是个人或少数人的私事', mode: 'confirmed' },
  { key: 'team_formed', text: '围绕议题组建了居民团队', mode: 'confirmed' },
  { key: 'committee_filed', text: '已向居委会备案并得到认可', mode: 'confirmed' },
  { key: 'within_cap', text: '申请金额不超过单个提案上限', mode: 'checked', check: 'within_cap' },
  { key: 'within_duration', text: '项目周期在本轮规定的月数之内', mode: 'checked', check: 'within_duration' },
];

/** A starting rubric (seed 003: 透明、公正、专业); staff change it per round, the weights summing to 100. */
export const defaultRubric: readonly RubricCriterion[] = [
  {
    key: 'public_issue',
    name: '议题公共性',
    description: '回应社区真实、公共的需求，受益居民多',
    maxPoints: 10,
    weightPercent: 30,
  },
  {
    key: 'team',
    name: '团队与参与',
    description: '居民团队稳定，分工清楚，动员更多居民参与',
    maxPoints: 10,
    weightPercent: 25,
  },
  {
    key: 'feasibility',
    name: '可行性',
    description: '计划具体，时间安排合理，能在周期内完成',
    maxPoints: 10,
    weightPercent: 25,
  },
  {
    key: 'budget',
    name: '预算合理',
    description: '预算清楚、节约，不含负面清单中的支出，有配套资源',
    maxPoints: 10,
    weightPercent: 20,
  },
];
