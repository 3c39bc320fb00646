import { defaultMinimumSessions } from '@seedbed/core';
import { addDays } from './dates';
import type { GrantDemoData } from './grants-extension';
import type { Random } from './random';
import type { BaseDemoData } from './rows';

/**
 * The demo street's training programme (issue 17; seed 000's 友邻学社): a cohort that has run — a
 * dozen applications with guarantors, interviews and commitments, two declined with a reason, eight
 * sessions (the first the opening ceremony), a roll call, a class committee and its graduates — and
 * the next cohort taking applications. Rows named as the columns of migration 0022. Pure.
 */
export interface TrainingProgrammeRow {
  id: string;
  street_id: string;
  name: string;
  kind: 'neighbour_school' | 'placemaking_course' | 'other';
  description: string;
  organizer: string;
  created_by: string | null;
  updated_at: string;
}

export interface TrainingCohortRow {
  id: string;
  street_id: string;
  programme_id: string;
  community_id: string | null;
  name: string;
  starts_on: string;
  ends_on: string | null;
  place: string;
  capacity: number | null;
  planned_sessions: number;
  minimum_sessions_attended: number;
  commitment_text: string;
  graduated_on: string | null;
  /** Rounds whose money its graduates have priority for (grants-extension's rounds). */
  linked_round_ids: string[];
  updated_at: string;
}

export interface TrainingApplicationRow {
  id: string;
  street_id: string;
  cohort_id: string;
  person_id: string;
  guarantor_person_id: string;
  origin: 'activist' | 'community_worker' | 'partner_ngo_staff' | 'resident';
  motivation: string;
  status: 'applied' | 'interviewed' | 'committed' | 'accepted' | 'declined';
  interviewed_on: string | null;
  interview_result: 'pass' | 'fail' | 'wait' | null;
  interview_notes: string | null;
  interviewer_user_id: string | null;
  commitment_signed_at: string | null;
  commitment_text_signed: string | null;
  decision_reason: string | null;
  decided_at: string | null;
  graduated: boolean;
  updated_at: string;
}

export interface TrainingSessionRow {
  id: string;
  street_id: string;
  cohort_id: string;
  number: number;
  held_on: string;
  topic: string;
  is_opening_ceremony: boolean;
  activity_id: string | null;
}

export interface TrainingAttendanceRow {
  id: string;
  street_id: string;
  session_id: string;
  application_id: string;
  recorded_by: string | null;
}

export interface TrainingCommitteePostRow {
  id: string;
  street_id: string;
  cohort_id: string;
  post: string;
  application_id: string;
}

export type TrainingDemoData = {
  training_programmes: TrainingProgrammeRow[];
  training_cohorts: TrainingCohortRow[];
  training_applications: TrainingApplicationRow[];
  training_sessions: TrainingSessionRow[];
  training_attendance: TrainingAttendanceRow[];
  training_committee_posts: TrainingCommitteePostRow[];
};

const commitmentText =
  '我自愿参加友邻学社，承诺：按时上课，不无故缺席；认真完成课后实践；结业后在社区里牵头或参与一件公共的事。';

const topics = [
  '开班仪式：街道领导讲话、认识同学、竞选班委',
  '自组织是什么：从兴趣小组到社区公共事务',
  '发现社区议题：走访与倾听',
  '议事协商：怎样开一个好会',
  '财务规范：记账、票据与垫付报销',
  '活动策划与宣传',
  '写一份微创投提案',
  '成果分享与毕业典礼',
];

const motivations = [
  '想为小区做点事',
  '带着舞蹈队走得更远',
  '学会怎么组织邻居',
  '楼道治理想找办法',
  '退休了想发挥余热',
];
const declineReasons = ['这一期名额已满，下一期优先录取', '培训时间与照顾孙辈冲突，本人同意下一期再来'];

export function generateTrainingDemo(
  random: Random,
  base: BaseDemoData,
  today: string,
  grants: Pick<GrantDemoData, 'grant_rounds'>,
): TrainingDemoData {
  const data: TrainingDemoData = {
    training_programmes: [],
    training_cohorts: [],
    training_applications: [],
    training_sessions: [],
    training_attendance: [],
    training_committee_posts: [],
  };
  const staff = base.users.find((u) => u.username === 'staff');
  const street = staff?.scope_id;
  if (!staff || !street) return data;
  // People with an account stay out: their own pages and tests know them otherwise.
  const withAccounts = new Set(base.users.map((u) => u.person_id));
  const candidates = random.shuffle(
    base.people.filter((p) => p.street_id === street && p.is_activist && !withAccounts.has(p.id)),
  );
  if (candidates.length < 20) return data;
  const at = (day: string) => `${day}T10:00:00+08:00`;

  const programmeId = random.uuid();
  data.training_programmes.push({
    id: programmeId,
    street_id: street,
    name: '友邻学社',
    kind: 'neighbour_school',
    description:
      '街道搭台、向社区骨干与积极分子开放报名的自组织带头人培训：担保、面试、自我承诺，6–8 次课，毕业后可申请微创投。',
    organizer: '社区培育中心',
    created_by: staff.id,
    updated_at: at(addDays(today, -120)),
  });

  // 第二期: ran over eight weeks and graduated.
  const startsOn = addDays(today, -75);
  const cohortId = random.uuid();
  const planned = 8;
  const minimum = Math.min(6, defaultMinimumSessions(planned));
  data.training_cohorts.push({
    id: cohortId,
    street_id: street,
    programme_id: programmeId,
    community_id: null,
    name: '第二期',
    starts_on: startsOn,
    ends_on: addDays(startsOn, 7 * (planned - 1)),
    place: '街道党群服务中心三楼会议室',
    capacity: 12,
    planned_sessions: planned,
    minimum_sessions_attended: minimum,
    commitment_text: commitmentText,
    graduated_on: addDays(startsOn, 7 * (planned - 1)),
    // Its graduates have priority in the round running now, which keeps money for them.
    linked_round_ids: grants.grant_rounds.filter((round) => round.graduate_reserve_fen > 0).map((round) => round.id),
    updated_at: at(addDays(startsOn, 7 * (planned - 1))),
  });
  const origins = ['activist', 'activist', 'resident', 'community_worker', 'partner_ngo_staff'] as const;
  const applicants = candidates.slice(0, 12);
  const guarantors = candidates.slice(12, 18);
  const applications = applicants.map((person, i): TrainingApplicationRow => {
    const declined = i >= 10;
    const interviewedOn = addDays(startsOn, -10 + (i % 4));
    return {
      id: random.uuid(),
      street_id: street,
      cohort_id: cohortId,
      person_id: person.id,
      guarantor_person_id: guarantors[i % guarantors.length]!.id,
      origin: origins[i % origins.length]!,
      motivation: random.pick(motivations),
      status: declined ? 'declined' : 'accepted',
      interviewed_on: interviewedOn,
      interview_result: 'pass',
      interview_notes: declined ? '有热情，但时间难以保证' : '表达清楚，愿意带动邻居',
      interviewer_user_id: staff.id,
      commitment_signed_at: declined ? null : at(addDays(interviewedOn, 2)),
      commitment_text_signed: declined ? null : commitmentText,
      decision_reason: declined ? declineReasons[i - 10]! : null,
      decided_at: at(addDays(startsOn, -3)),
      graduated: false,
      updated_at: at(addDays(startsOn, -3)),
    };
  });
  const accepted = applications.filter((a) => a.status === 'accepted');
  const attended = new Map(accepted.map((a) => [a.id, 0]));
  for (let number = 1; number <= planned; number += 1) {
    const sessionId = random.uuid();
    data.training_sessions.push({
      id: sessionId,
      street_id: street,
      cohort_id: cohortId,
      number,
      held_on: addDays(startsOn, 7 * (number - 1)),
      topic: topics[number - 1]!,
      is_opening_ceremony: number === 1,
      activity_id: null,
    });
    for (const application of accepted) {
      // Most come every week; two miss more often (and do not graduate).
      const misses = accepted.indexOf(application) >= 8 ? 0.45 : 0.08;
      if (number > 1 && random.chance(misses)) continue;
      attended.set(application.id, (attended.get(application.id) ?? 0) + 1);
      data.training_attendance.push({
        id: random.uuid(),
        street_id: street,
        session_id: sessionId,
        application_id: application.id,
        recorded_by: staff.id,
      });
    }
  }
  for (const application of accepted) application.graduated = (attended.get(application.id) ?? 0) >= minimum;
  data.training_applications.push(...applications);
  for (const [i, post] of ['班长', '副班长', '学习委员', '宣传委员', '生活委员'].entries())
    data.training_committee_posts.push({
      id: random.uuid(),
      street_id: street,
      cohort_id: cohortId,
      post,
      application_id: accepted[i]!.id,
    });

  // 第三期: taking applications now — one applied, one interviewed, one with the commitment signed.
  const nextId = random.uuid();
  data.training_cohorts.push({
    id: nextId,
    street_id: street,
    programme_id: programmeId,
    community_id: null,
    name: '第三期',
    starts_on: addDays(today, 21),
    ends_on: null,
    place: '街道党群服务中心三楼会议室',
    capacity: 15,
    planned_sessions: 8,
    minimum_sessions_attended: 6,
    commitment_text: commitmentText,
    graduated_on: null,
    linked_round_ids: [],
    updated_at: at(addDays(today, -5)),
  });
  const steps = ['applied', 'interviewed', 'committed'] as const;
  for (const [i, person] of candidates.slice(18, 21).entries()) {
    const status = steps[i]!;
    data.training_applications.push({
      id: random.uuid(),
      street_id: street,
      cohort_id: nextId,
      person_id: person.id,
      guarantor_person_id: accepted[i]!.person_id,
      origin: 'activist',
      motivation: random.pick(motivations),
      status,
      interviewed_on: status === 'applied' ? null : addDays(today, -2),
      interview_result: status === 'applied' ? null : 'pass',
      interview_notes: status === 'applied' ? null : '由上一期学员担保推荐',
      interviewer_user_id: status === 'applied' ? null : staff.id,
      commitment_signed_at: status === 'committed' ? at(addDays(today, -1)) : null,
      commitment_text_signed: status === 'committed' ? commitmentText : null,
      decision_reason: null,
      decided_at: null,
      graduated: false,
      updated_at: at(addDays(today, -1)),
    });
  }
  return data;
}
