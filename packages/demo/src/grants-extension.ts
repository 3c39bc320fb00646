import {
  defaultEligibility,
  defaultGrantDirections,
  defaultNegativeList,
  defaultRubric,
  defaultSteps,
  readableCodeAlphabet,
} from '@seedbed/core';
import { addDays } from './dates';
import type { Random } from './random';
import type { BaseDemoData } from './rows';

/**
 * The demo street's micro-grant rounds (微公益创投), as seed 002 tells Dashilar's 第一桶金项目大赛:
 * round one, a year and more ago and closed (37 proposals from 9 communities, 20 selected —
 * proposals come with a later section); round two running now, in its 公示 today, so the public
 * page shows the objection form. Rows of migration 0021's tables, named as the columns; jsonb as
 * JSON text. Pure: seeded random and `today` passed in.
 */
export interface GrantDirectionRow {
  id: string;
  name: string;
  position: number;
  archived_at: string | null;
}

export interface GrantRoundRow {
  id: string;
  street_id: string;
  code: string;
  name: string;
  description: string;
  funders: string;
  starts_on: string;
  ends_on: string;
  total_budget_fen: number;
  per_proposal_cap_fen: number;
  matching_note: string;
  project_months_min: number;
  project_months_max: number;
  eligibility: string;
  rubric: string;
  steps: string;
  negative_list: string;
  /** Kept for the graduates of the training cohorts linked to the round (migration 0026). */
  graduate_reserve_fen: number;
  status: 'draft' | 'published';
  published_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface GrantRoundDirectionRow {
  round_id: string;
  direction_id: string;
  street_id: string;
  position: number;
}

export interface GrantRoundCommunityRow {
  round_id: string;
  community_id: string;
  street_id: string;
}

export interface GrantRoundObjectionRow {
  id: string;
  street_id: string;
  round_id: string;
  text: string;
  name: string | null;
  phone: string | null;
  consent: boolean;
  raised_at: string;
  answer: string | null;
  answered_by: string | null;
  answered_by_name: string | null;
  answered_at: string | null;
}

export type GrantDemoData = {
  grant_directions: GrantDirectionRow[];
  grant_rounds: GrantRoundRow[];
  grant_round_directions: GrantRoundDirectionRow[];
  grant_round_communities: GrantRoundCommunityRow[];
  grant_round_objections: GrantRoundObjectionRow[];
};

/** Days from a round's first day to its 公示 in the default pipeline (core's defaultSteps). */
const daysToPublicNotice = 70;

/** 10:00 in Shanghai on a day, as an instant. */
const at = (day: string, time = '10:00') => `${day}T${time}:00+08:00`;

export function generateGrantsDemo(random: Random, base: BaseDemoData, today: string): GrantDemoData {
  const data: GrantDemoData = {
    grant_directions: defaultGrantDirections.map(({ id, name }, position) => ({
      id,
      name,
      position,
      archived_at: null,
    })),
    grant_rounds: [],
    grant_round_directions: [],
    grant_round_communities: [],
    grant_round_objections: [],
  };
  const [mainStreet] = base.streets;
  const staff = base.users.find((user) => user.username === 'staff');
  if (!mainStreet || !staff) return data;
  const communities = base.communities.filter((community) => community.street_id === mainStreet.id).slice(0, 9);
  const code = () => Array.from({ length: 8 }, () => random.pick([...readableCodeAlphabet])).join('');
  const street_id = mainStreet.id;

  const round = (spec: {
    name: string;
    description: string;
    startsOn: string;
    totalFen: number;
    capFen: number;
    reserveFen?: number;
    directions: number[];
    objections: { text: string; answer: string | null; day: number }[];
  }) => {
    const id = random.uuid();
    const steps = defaultSteps(spec.startsOn);
    const createdOn = addDays(spec.startsOn, -14);
    data.grant_rounds.push({
      id,
      street_id,
      code: code(),
      name: spec.name,
      description: spec.description,
      funders: JSON.stringify(['大栅栏街道办事处', '社区基金会']),
      starts_on: spec.startsOn,
      ends_on: steps.at(-1)!.endsOn,
      total_budget_fen: spec.totalFen,
      per_proposal_cap_fen: spec.capFen,
      graduate_reserve_fen: spec.reserveFen ?? 0,
      matching_note: '社区基金会按居民自筹部分 1:1 配捐，每个提案最多 5,000 元。',
      project_months_min: 3,
      project_months_max: 9,
      eligibility: JSON.stringify(defaultEligibility),
      rubric: JSON.stringify(defaultRubric),
      steps: JSON.stringify(steps),
      negative_list: JSON.stringify(defaultNegativeList),
      status: 'published',
      published_at: at(addDays(createdOn, 3)),
      created_by: staff.id,
      created_at: at(createdOn),
      updated_at: at(addDays(createdOn, 3)),
    });
    for (const [position, index] of spec.directions.entries())
      data.grant_round_directions.push({
        round_id: id,
        direction_id: defaultGrantDirections[index]!.id,
        street_id,
        position,
      });
    for (const community of communities)
      data.grant_round_communities.push({ round_id: id, community_id: community.id, street_id });
    const noticeStart = addDays(spec.startsOn, daysToPublicNotice);
    for (const objection of spec.objections) {
      const raisedOn = addDays(noticeStart, objection.day);
      data.grant_round_objections.push({
        id: random.uuid(),
        street_id,
        round_id: id,
        text: objection.text,
        // Residents may object without a name; the demo's do, so no one's contact sits here.
        name: null,
        phone: null,
        consent: false,
        raised_at: at(raisedOn, '19:30'),
        answer: objection.answer,
        answered_by: objection.answer ? staff.id : null,
        answered_by_name: objection.answer ? staff.display_name : null,
        answered_at: objection.answer ? at(addDays(raisedOn, 1), '16:00') : null,
      });
    }
  };

  round({
    name: '第一桶金项目大赛 第一期',
    description:
      '社区公益宣讲会之后的居民提案大赛：37 份提案来自 9 个社区，经立案评审、多方对话会和展示评审，20 个项目入选。',
    startsOn: addDays(today, -500),
    totalFen: 20_000_000,
    capFen: 1_000_000,
    directions: [1, 2, 3, 6],
    objections: [
      {
        text: '入选名单里有两个项目来自同一个楼门，其他楼门的居民机会少了。',
        answer: '评审按提案本身打分，不按楼门分配名额。两个项目的评分表已在社区公告栏公示，欢迎查看。',
        day: 2,
      },
    ],
  });
  // In its 公示 today: the notice began two days ago.
  round({
    name: '第一桶金项目大赛 第二期',
    description: '34 位社区达人参加宣讲会和提案辅导，19 颗“种子”进入评审，16 个项目拟立项，正在公示。',
    startsOn: addDays(today, -daysToPublicNotice - 2),
    totalFen: 24_000_000,
    capFen: 1_500_000,
    // ¥30,000 kept for 友邻学社 第二期's graduates (the training demo links that cohort here).
    reserveFen: 3_000_000,
    directions: [0, 1, 4, 5],
    objections: [
      {
        text: '“楼道微花园”项目预算里有 800 元购物卡，这个能报销吗？',
        answer: '购物卡在本轮负面清单里，不能用资助资金购买。项目组已改为购买花苗和工具，修改后的预算已公示。',
        day: 0,
      },
      { text: '评审专家有没有社区居民代表？', answer: null, day: 1 },
    ],
  });
  return data;
}
