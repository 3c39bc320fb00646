import type { CommitteeAttitude, EstateType } from '@seedbed/core';
import type { Random } from './random';
import type { CommunityRow, CourtyardRow, EstateRow, StreetRow } from './rows';

/**
 * The demo's places: a fictional main street 春和街道 with nine communities and a small neighbouring
 * street 秋实街道 with two (so tests can show that a member of another street is refused). Every
 * community mixes estates of different kinds, as seed 003 §1 asks a community profile to record:
 * old neighbourhoods 老旧小区 (built before the end of 2000, often without a property company,
 * split into courtyards 院落), commodity housing, resettlement 拆迁安置, an urban village, public and
 * high-end housing. The residents' committees differ in attitude (积极配合 / 被动观望 / 拒绝参与):
 * mostly cooperative, as an incubator usually starts where it is welcome.
 */
interface EstatePlan {
  name: string;
  type: EstateType;
  /** Range of plausible build years; null where nobody knows (an urban village grew house by house). */
  built: readonly [number, number] | null;
}

interface CommunityPlan {
  name: string;
  attitude: CommitteeAttitude;
  estates: readonly EstatePlan[];
}

interface StreetPlan {
  name: string;
  district: string;
  /** Residents per community, drawn in this range. */
  population: readonly [number, number];
  communities: readonly CommunityPlan[];
}

const old = (name: string, from: number, to: number): EstatePlan => ({
  name,
  type: 'old_neighbourhood',
  built: [from, to],
});

export const mainStreetPlan: StreetPlan = {
  name: '春和街道',
  district: '明湖区',
  population: [3_000, 12_000],
  communities: [
    {
      name: '槐荫社区',
      attitude: 'cooperative',
      estates: [
        old('槐荫里', 1978, 1990),
        old('机床厂宿舍', 1965, 1980),
        { name: '槐荫公租房', type: 'public_housing', built: [2012, 2016] },
      ],
    },
    {
      name: '东井社区',
      attitude: 'cooperative',
      estates: [
        old('东井胡同', 1950, 1962),
        old('东井西里', 1984, 1992),
        old('东井北里', 1979, 1988),
        { name: '井泉嘉园', type: 'commodity_housing', built: [2004, 2009] },
      ],
    },
    {
      name: '柳岸社区',
      attitude: 'wait_and_see',
      estates: [
        { name: '柳岸花园', type: 'commodity_housing', built: [2006, 2010] },
        { name: '柳岸家园', type: 'commodity_housing', built: [2010, 2013] },
        { name: '滨河壹号', type: 'high_end', built: [2015, 2018] },
      ],
    },
    {
      name: '福寿社区',
      attitude: 'cooperative',
      estates: [
        old('福寿里', 1983, 1990),
        old('粮食局家属院', 1970, 1982),
        { name: '福寿苑', type: 'affordable_housing', built: [2005, 2009] },
      ],
    },
    {
      name: '新桥社区',
      attitude: 'cooperative',
      estates: [
        { name: '新桥安置小区', type: 'resettlement', built: [2010, 2013] },
        { name: '桥西新村', type: 'resettlement', built: [2008, 2011] },
        { name: '新桥村', type: 'urban_village', built: null },
      ],
    },
    {
      name: '杏园社区',
      attitude: 'cooperative',
      estates: [
        old('纺织厂家属院', 1975, 1985),
        { name: '杏园雅居', type: 'commodity_housing', built: [2002, 2006] },
        { name: '杏园商住楼', type: 'other', built: [2001, 2004] },
      ],
    },
    {
      name: '南湖社区',
      attitude: 'wait_and_see',
      estates: [
        { name: '南湖村', type: 'urban_village', built: null },
        { name: '南湖嘉苑', type: 'resettlement', built: [2014, 2017] },
        { name: '南湖保障房小区', type: 'public_housing', built: [2016, 2019] },
      ],
    },
    {
      name: '锦华社区',
      attitude: 'refusing',
      estates: [
        { name: '锦华公馆', type: 'high_end', built: [2016, 2020] },
        { name: '锦华名苑', type: 'commodity_housing', built: [2008, 2012] },
      ],
    },
    {
      name: '长乐社区',
      attitude: 'cooperative',
      estates: [
        old('长乐里', 1988, 1998),
        old('长乐北院', 1960, 1975),
        { name: '长乐新城', type: 'commodity_housing', built: [2011, 2015] },
        { name: '长乐雅园', type: 'affordable_housing', built: [2007, 2011] },
      ],
    },
  ],
};

export const otherStreetPlan: StreetPlan = {
  name: '秋实街道',
  district: '明湖区',
  population: [4_000, 7_000],
  communities: [
    {
      name: '丰收社区',
      attitude: 'cooperative',
      estates: [
        { name: '丰收家园', type: 'resettlement', built: [2009, 2012] },
        { name: '丰收村', type: 'urban_village', built: null },
      ],
    },
    {
      name: '桂香社区',
      attitude: 'wait_and_see',
      estates: [old('桂香里', 1986, 1995), { name: '桂香苑', type: 'commodity_housing', built: [2009, 2013] }],
    },
  ],
};

/** Fictional property companies; real brands are left out on purpose. */
const propertyCompanies = ['和顺', '安居', '恒信', '嘉禾', '锦程', '明湖城投', '瑞丰', '宏远', '康泰', '万家'];

export interface Places {
  streets: StreetRow[];
  communities: CommunityRow[];
  estates: EstateRow[];
  courtyards: CourtyardRow[];
}

export function generatePlaces(random: Random, plans: readonly StreetPlan[]): Places {
  const places: Places = { streets: [], communities: [], estates: [], courtyards: [] };
  for (const plan of plans) {
    const street: StreetRow = { id: random.uuid(), name: plan.name, district: plan.district };
    places.streets.push(street);
    for (const communityPlan of plan.communities) {
      const population = random.int(plan.population[0], plan.population[1]);
      // Two to three people per household in Chinese cities (census average about 2.6).
      const households = Math.round(population / (2.4 + random.next() * 0.5));
      const community: CommunityRow = {
        id: random.uuid(),
        street_id: street.id,
        name: communityPlan.name,
        households,
        resident_population: population,
        committee_attitude: communityPlan.attitude,
      };
      places.communities.push(community);
      addEstates(random, places, community, communityPlan.estates, households);
    }
  }
  return places;
}

function addEstates(
  random: Random,
  places: Places,
  community: CommunityRow,
  plans: readonly EstatePlan[],
  households: number,
): void {
  const shares = plans.map(() => 1 + random.next());
  const totalShare = shares.reduce((sum, share) => sum + share, 0);
  let remaining = households;
  plans.forEach((plan, index) => {
    const isLast = index === plans.length - 1;
    const estateHouseholds = isLast ? remaining : Math.round((households * (shares[index] ?? 1)) / totalShare);
    remaining -= estateHouseholds;
    const estate: EstateRow = {
      id: random.uuid(),
      street_id: community.street_id,
      community_id: community.id,
      name: plan.name,
      estate_type: plan.type,
      build_year: plan.built ? random.int(plan.built[0], plan.built[1]) : null,
      households: estateHouseholds,
      property_company: propertyCompanyFor(random, plan.type, community.name),
      owners_committee: ownersCommitteeFor(random, plan),
    };
    places.estates.push(estate);
    if (plan.type === 'old_neighbourhood') addCourtyards(random, places, estate);
  });
}

/** Old neighbourhoods are usually without a property company or under a street's stand-in service. */
function propertyCompanyFor(random: Random, type: EstateType, communityName: string): string | null {
  switch (type) {
    case 'old_neighbourhood':
      return random.weighted([
        [null, 3],
        [`${communityName}准物业服务站`, 2],
        ['明湖区房屋管理所', 1],
      ]);
    case 'urban_village':
      return null;
    case 'resettlement':
    case 'public_housing':
      return random.chance(0.7) ? '明湖城投物业服务有限公司' : null;
    default:
      return `${random.pick(propertyCompanies)}物业服务有限公司`;
  }
}

/**
 * Owners' committees 业委会 exist only where people own their homes, and many have stalled (seed 003
 * lists "业委会" among the stakeholders to check, not to assume): null means none is working.
 */
function ownersCommitteeFor(random: Random, plan: EstatePlan): string | null {
  const chanceOfCommittee: Partial<Record<EstateType, number>> = {
    commodity_housing: 0.65,
    high_end: 0.8,
    affordable_housing: 0.5,
    resettlement: 0.25,
    old_neighbourhood: 0.1,
    other: 0.3,
  };
  return random.chance(chanceOfCommittee[plan.type] ?? 0) ? `${plan.name}业主委员会` : null;
}

/** 院落: two to four numbered courtyards per old neighbourhood, e.g. "3号院". */
function addCourtyards(random: Random, places: Places, estate: EstateRow): void {
  const numbers = random.sample(
    Array.from({ length: 24 }, (_, i) => i + 1),
    random.int(2, 4),
  );
  for (const number of numbers.sort((a, b) => a - b)) {
    places.courtyards.push({
      id: random.uuid(),
      street_id: estate.street_id,
      estate_id: estate.id,
      name: `${number}号院`,
    });
  }
}

/** "槐荫社区" → "槐荫", for names such as 槐荫儿童议事会. */
export function shortName(name: string): string {
  return name.replace(/(社区|街道)$/, '');
}
