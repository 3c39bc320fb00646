import type { ActivistKind, FoundVia, PersonTraits, TrustStage } from '@seedbed/core';
import { isChildUnder14, trustStages } from '@seedbed/core';
import { addDays, dateBetween } from './dates';
import type { Random } from './random';
import type { BaseDemoData, PersonRow } from './rows';

/**
 * The demo street's visits, trust stages, consent records, guardians, traits of activists, how they
 * were found, registered volunteers, and a few duplicate records for the merge screen.
 * Rows are named exactly as the columns (0002-people.ts). Pure: `today` is passed in.
 */
export interface PersonDemoRow extends PersonRow {
  birth_date: string | null;
  address_note: string | null;
  activist_kind: ActivistKind | null;
  volunteer_registered_on: string | null;
  volunteer_platform: string | null;
  traits: PersonTraits;
  found_via: FoundVia | null;
  introduced_by: string | null;
  interests: string | null;
  wishes: string | null;
  notes: string | null;
  trust_stage: TrustStage;
  erased_at: null;
  merged_into: null;
}

export interface PersonVisitRow {
  id: string;
  street_id: string;
  person_id: string;
  visited_on: string;
  visitor_user_id: string | null;
  visitor_name: string;
  place: string | null;
  learned: string | null;
}

export interface PersonTrustChangeRow {
  id: string;
  street_id: string;
  person_id: string;
  changed_on: string;
  from_stage: TrustStage;
  to_stage: TrustStage;
  reason: string | null;
  changed_by: string | null;
}

export interface PersonConsentRow {
  id: string;
  street_id: string;
  person_id: string;
  purpose: string;
  agreed_on: string;
  withdrawn_on: string | null;
  guardian_name: string | null;
  guardian_relation: string | null;
  recorded_by: string | null;
}

export type PeopleDemoData = {
  people: PersonDemoRow[];
  person_visits: PersonVisitRow[];
  person_trust_changes: PersonTrustChangeRow[];
  person_consents: PersonConsentRow[];
};

const kinds: readonly (readonly [ActivistKind, number])[] = [
  ['home_grown', 40],
  ['social', 25],
  ['political', 15],
  ['economic', 10],
  ['outside', 10],
];
const ways: readonly (readonly [FoundVia, number])[] = [
  ['acquaintance', 35],
  ['activity', 35],
  ['grant_application', 15],
  ['reputation', 15],
];
const interests = [
  '广场舞',
  '合唱',
  '书法',
  '太极拳',
  '编织',
  '象棋',
  '摄影',
  '养花',
  '读书',
  '做饭',
  '修理小家电',
  '旗袍走秀',
];
const wishes = [
  '想把楼里的老人组织起来互相照应',
  '希望院子里有个能坐下聊天的地方',
  '想给孩子们办个暑期兴趣班',
  '希望垃圾分类能做起来',
  '想成立一支志愿巡逻队',
  '希望有地方排练节目',
];
const learned = [
  '退休前在厂里做工会工作，愿意出来张罗事情',
  '每天傍晚在广场带大家跳舞，很有号召力',
  '家里老人需要照顾，时间比较紧',
  '对社区的停车问题很有意见，愿意参与讨论',
  '孙子上学后空闲多了，想找点事做',
  '在院子里人缘好，邻居有事都找她',
  '以前组织过社区合唱，后来没场地散了',
  '愿意拿出自家的工具给大家修车',
];
const places = ['家中', '小区广场', '居委会活动室', '楼门口', '社区花园', '菜市场门口'];
const reasons: Record<TrustStage, string> = {
  stranger: '',
  acquainted: '两次走访后主动打招呼、留了电话',
  initial_trust: '主动约社工下次见面，愿意介绍邻居',
  trust: '一起办了活动，遇事会先找社工商量',
};
const platforms = ['志愿北京', '志愿汇', '全国志愿服务信息系统'];
const relations = ['母亲', '父亲', '祖母', '祖父'];

/** The incubator team of a street (staff and assistants), who made the visits there. */
function visitorsOf(base: BaseDemoData, streetId: string) {
  const team = base.users.filter(
    (u) => (u.role === 'incubator_staff' || u.role === 'incubator_assistant') && u.scope_id === streetId,
  );
  return team.length > 0
    ? team.map((u) => ({ id: u.id as string | null, name: u.display_name }))
    : [{ id: null, name: '社工' }];
}

export function generatePeopleDemo(random: Random, base: BaseDemoData, today: string): PeopleDemoData {
  const start = addDays(today, -730);
  const visits: PersonVisitRow[] = [];
  const trustChanges: PersonTrustChangeRow[] = [];
  const consents: PersonConsentRow[] = [];
  const activistsByCommunity = new Map<string, string[]>();

  const people = base.people.map((row): PersonDemoRow => {
    const child = isChildUnder14({ birthYear: row.birth_year }, today);
    const activist = row.is_activist;
    const community = row.community_id ?? '';
    const introducers = activistsByCommunity.get(community) ?? [];
    const foundVia = activist ? random.weighted(ways) : null;
    const person: PersonDemoRow = {
      ...row,
      birth_date: null,
      address_note: random.chance(0.3) ? `${random.int(1, 12)}号楼${random.int(1, 4)}单元` : null,
      activist_kind: activist ? random.weighted(kinds) : null,
      volunteer_registered_on:
        !child && random.chance(activist ? 0.7 : 0.15) ? dateBetween(random, addDays(today, -1500), today) : null,
      volunteer_platform: null,
      traits: activist ? traits(random) : {},
      found_via: foundVia,
      introduced_by: foundVia === 'acquaintance' && introducers.length > 0 ? random.pick(introducers) : null,
      interests: activist || random.chance(0.2) ? random.sample(interests, random.int(1, 2)).join('、') : null,
      wishes: activist && random.chance(0.6) ? random.pick(wishes) : null,
      notes: null,
      trust_stage: 'stranger',
      erased_at: null,
      merged_into: null,
    };
    if (person.volunteer_registered_on) person.volunteer_platform = random.pick(platforms);
    if (activist) activistsByCommunity.set(community, [...introducers, row.id]);

    // Activists are visited often; most residents a few times or not yet (the nudge shows on them).
    const visitCount = activist
      ? random.weighted([
          [1, 1],
          [2, 3],
          [3, 3],
          [4, 2],
          [6, 1],
        ])
      : random.weighted([
          [0, 6],
          [1, 2],
          [2, 2],
        ]);
    const team = visitorsOf(base, row.street_id);
    const dates = Array.from({ length: visitCount }, () => dateBetween(random, start, today)).sort();
    for (const visitedOn of dates) {
      const visitor = random.pick(team);
      visits.push({
        id: random.uuid(),
        street_id: row.street_id,
        person_id: row.id,
        visited_on: visitedOn,
        visitor_user_id: visitor.id,
        visitor_name: visitor.name,
        place: random.pick(places),
        learned: random.chance(0.85) ? random.pick(learned) : null,
      });
    }
    // Trust grows with visits, one stage at a time, each move after a visit; now and then it slips back.
    const target = Math.min(dates.length - (activist ? 0 : 1), trustStages.length - 1);
    let stage: TrustStage = 'stranger';
    for (let i = 1; i <= target; i += 1) {
      const next = trustStages[i] as TrustStage;
      trustChanges.push(trustMove(random, row, dates[i - 1] ?? today, stage, next, reasons[next], team[0]?.id ?? null));
      stage = next;
    }
    if (stage === 'trust' && random.chance(0.08)) {
      trustChanges.push(
        trustMove(
          random,
          row,
          today,
          'trust',
          'initial_trust',
          '换届选举后有些疏远，需要重新沟通',
          team[0]?.id ?? null,
        ),
      );
      stage = 'initial_trust';
    }
    person.trust_stage = stage;

    const firstVisit = dates[0];
    if (firstVisit && (activist || child || random.chance(0.5))) {
      consents.push({
        id: random.uuid(),
        street_id: row.street_id,
        person_id: row.id,
        purpose: child ? '参加儿童议事会，活动照片用于社区宣传' : '保存联系方式和走访记录，用于社区活动联络',
        agreed_on: firstVisit,
        withdrawn_on: random.chance(0.03) ? today : null,
        guardian_name: child ? `${row.name.slice(0, 1)}${random.pick(['丽', '红', '军', '伟', '静', '强'])}` : null,
        guardian_relation: child ? random.pick(relations) : null,
        recorded_by: team[0]?.id ?? null,
      });
    }
    return person;
  });

  return {
    people: [...people, ...duplicates(random, people)],
    person_visits: visits,
    person_trust_changes: trustChanges,
    person_consents: consents,
  };
}

function traits(random: Random): PersonTraits {
  const rate = () =>
    random.weighted([
      [2, 1],
      [3, 3],
      [4, 4],
      [5, 2],
    ]);
  return {
    appeal: { rating: rate(), ...(random.chance(0.4) && { note: '在楼里说话有人听' }) },
    action: { rating: rate() },
    time: { rating: rate(), ...(random.chance(0.3) && { note: '白天要接送孙子' }) },
    money: { rating: random.int(1, 4) },
    responsibility: { rating: rate() },
  };
}

function trustMove(
  random: Random,
  row: PersonRow,
  changedOn: string,
  from: TrustStage,
  to: TrustStage,
  reason: string,
  changedBy: string | null,
): PersonTrustChangeRow {
  return {
    id: random.uuid(),
    street_id: row.street_id,
    person_id: row.id,
    changed_on: changedOn,
    from_stage: from,
    to_stage: to,
    reason,
    changed_by: changedBy,
  };
}

/**
 * A handful of records entered twice, as happens when an activity's sign-in sheet and a visit both
 * add the same resident under a misheard given name, without the phone (the demo keeps every phone
 * unique, so the same-phone case is left to the API tests).
 */
function duplicates(random: Random, people: readonly PersonDemoRow[]): PersonDemoRow[] {
  const adults = people.filter((p) => p.phone && p.name.length === 3 && p.birth_year !== null && p.birth_year < 1975);
  return random.sample(adults, 4).map((original) => ({
    ...original,
    id: random.uuid(),
    name: `${original.name.slice(0, 2)}${random.pick(['英', '兰', '芬', '华'].filter((c) => !original.name.endsWith(c)))}`,
    phone: null,
    is_activist: false,
    activist_kind: null,
    traits: {},
    found_via: 'activity',
    introduced_by: null,
    trust_stage: 'stranger',
    notes: '活动签到时登记',
  }));
}
