import { stageDefinition, stagesOf } from '@seedbed/core';
import type { ChatGroupDemoRow } from './chat-rows';
import { addDays, dateBetween, earlier } from './dates';
import type { Random } from './random';
import {
  type CaseOutcomeRow,
  type ChatGroupCountRow,
  caseOutcomeTexts,
  dissolveReasons,
  type InterviewRow,
  interviewTexts,
  type OrganizationChangeRow,
  type RelationRow,
  type StageAssessmentRow,
  type SubTeamMemberRow,
  type SubTeamRow,
} from './registry-rows';
import type { BaseDemoData, OrganizationRow } from './rows';

/**
 * The demo street's orientation/filing/status history, sub-teams, chat groups, relations, baseline
 * interviews, stage assessments and case outcomes — consistent with each organization's current
 * stage, filing and status. Returns rows for the registry's tables and a replacement
 * `organizations` array with `dissolved_on` filled in.
 */
export type RegistryDemoData = {
  organizations: (OrganizationRow & { dissolved_on: string | null; accountable_adult_person_id: string | null })[];
  organization_changes: OrganizationChangeRow[];
  organization_sub_teams: SubTeamRow[];
  organization_sub_team_members: SubTeamMemberRow[];
  /** The registry's chat groups, in the one table (issue 19); the chat trail's demo takes them over. */
  chat_groups: ChatGroupDemoRow[];
  organization_chat_group_counts: ChatGroupCountRow[];
  organization_relations: RelationRow[];
  organization_interviews: InterviewRow[];
  stage_assessments: StageAssessmentRow[];
  case_outcomes: CaseOutcomeRow[];
};

/** Chat groups by stage (seed 002): a seed has one group, a sapling splits, a tree has many. */
const layersByStage: Record<string, readonly ('general' | 'core' | 'notice' | 'squad')[]> = {
  nurturing: [],
  seed: ['general'],
  sapling: ['general', 'notice'],
  small_tree: ['general', 'core', 'notice'],
  big_tree: ['general', 'core', 'notice', 'squad'],
};

const layerName = { general: '总群', core: '核心群', notice: '通知群', squad: '分队群' } as const;

export function generateRegistryDemo(random: Random, base: BaseDemoData, today: string): RegistryDemoData {
  const staff = base.users.find((u) => u.role === 'incubator_staff');
  const out: RegistryDemoData = {
    organizations: [],
    organization_changes: [],
    organization_sub_teams: [],
    organization_sub_team_members: [],
    chat_groups: [],
    organization_chat_group_counts: [],
    organization_relations: [],
    organization_interviews: [],
    stage_assessments: [],
    case_outcomes: [],
  };
  const membersOf = new Map<string, string[]>();
  for (const m of base.organization_members)
    if (m.left_on === null)
      membersOf.set(m.organization_id, [...(membersOf.get(m.organization_id) ?? []), m.person_id]);
  const bigTrees = base.organizations.filter((o) => o.stage === 'big_tree' && o.status !== 'dissolved');

  for (const organization of base.organizations) {
    const founded = organization.founded_on ?? addDays(today, -random.int(400, 1500));
    const streetId = organization.street_id;
    const change = (field: OrganizationChangeRow['field'], value: string, on: string, reason: string | null) =>
      out.organization_changes.push({
        id: random.uuid(),
        street_id: streetId,
        organization_id: organization.id,
        field,
        value,
        changed_on: on,
        reason,
        document_ref: field === 'filing_status' ? `${organization.name}备案材料（居委会存档）` : null,
        recorded_by: staff?.id ?? null,
        recorded_at: `${on}T10:00:00+08:00`,
      });

    // Orientation: starts self-benefit, moves up with growth (the point of "2.0").
    change('orientation', 'self_benefit', founded, null);
    if (organization.orientation !== 'self_benefit')
      change('orientation', organization.orientation, dateBetween(random, founded, today), '参加民生会后开始服务社区');
    if (organization.filing_status !== 'none') {
      const filedOn = dateBetween(random, founded, today);
      change('filing_status', 'filed', filedOn, null);
      if (organization.filing_status === 'registered')
        change('filing_status', 'registered', dateBetween(random, filedOn, today), '在民政局登记为社会组织');
    }
    let dissolvedOn: string | null = null;
    if (organization.status !== 'active') {
      const on = dateBetween(random, addDays(founded, 60), today);
      const reason = organization.status_reason ?? random.pick(dissolveReasons);
      if (organization.status === 'dissolved') dissolvedOn = on;
      change('status', organization.status, on, reason);
    }
    // A children's council names the adult accountable for it: in the demo, its (adult) leader.
    const accountableAdult =
      organization.organization_type === 'children_council'
        ? (base.organization_members.find(
            (m) => m.organization_id === organization.id && m.role === 'leader' && m.left_on === null,
          )?.person_id ?? null)
        : null;
    out.organizations.push({
      ...organization,
      dissolved_on: dissolvedOn,
      accountable_adult_person_id: accountableAdult,
    });

    // Assessments that climb to today's stage, one stage at a time; a few fell back once.
    if (organization.stage) {
      const path = stagesOf('five_stage');
      const target = path.indexOf(organization.stage);
      const until = dissolvedOn ?? today;
      let on = earlier(addDays(founded, random.int(20, 90)), until);
      const steps = path.slice(0, target + 1);
      if (target >= 2 && random.chance(0.15))
        steps.splice(target + 1, 0, path[target - 1] ?? 'seed', path[target] ?? 'seed');
      for (const stage of steps) {
        const definition = stageDefinition('five_stage', stage);
        out.stage_assessments.push({
          id: random.uuid(),
          street_id: streetId,
          organization_id: organization.id,
          assessed_on: on,
          assessor_user_id: staff?.id ?? null,
          assessor_name: staff?.display_name ?? '社工',
          stage_model: 'five_stage',
          stage,
          criteria: JSON.stringify(
            (definition?.criteria ?? [])
              .filter((criterion) => !criterion.measure)
              .map((criterion) => ({ criterionId: criterion.id, met: true, evidence: `追踪日志 ${on}` })),
          ),
          evidence: JSON.stringify(definition?.requiresEvidence ? [`培育档案：${organization.name} ${on}`] : []),
          advice: stage === organization.stage ? '继续陪伴，关注下一阶段的培力重点。' : null,
          recorded_at: `${on}T16:00:00+08:00`,
        });
        on = earlier(addDays(on, random.int(60, 240)), until);
      }
    }

    // Chat groups, with member counts over time.
    const members = membersOf.get(organization.id) ?? [];
    const layers = layersByStage[organization.stage ?? 'nurturing'] ?? [];
    let subTeamId: string | null = null;
    if (layers.includes('squad') || (organization.stage === 'small_tree' && random.chance(0.5))) {
      const count = organization.name.includes('助老') ? 4 : random.int(2, 3);
      for (let index = 0; index < count; index += 1) {
        const team: SubTeamRow = {
          id: random.uuid(),
          street_id: streetId,
          organization_id: organization.id,
          name: `第${'一二三四'[index]}分队`,
          formed_on: dateBetween(random, founded, today),
          ended_on: null,
        };
        subTeamId ??= team.id;
        out.organization_sub_teams.push(team);
        const own = members.slice(index * 5, index * 5 + random.int(3, 5));
        own.forEach((personId, position) => {
          out.organization_sub_team_members.push({
            id: random.uuid(),
            street_id: streetId,
            sub_team_id: team.id,
            person_id: personId,
            role: position === 0 ? 'leader' : 'member',
            joined_on: team.formed_on,
            left_on: null,
          });
        });
      }
    }
    for (const layer of layers) {
      const createdOn = dateBetween(random, founded, addDays(today, -60));
      // Recorded from the registry's form: how the group came to be was not asked (the chat trail's
      // demo sets it for the groups it follows).
      const group: ChatGroupDemoRow = {
        id: random.uuid(),
        street_id: streetId,
        organization_id: organization.id,
        name: `${organization.name}${layerName[layer]}`,
        platform: 'wechat',
        creation_way: 'unknown',
        layer,
        sub_team_id: layer === 'squad' ? subTeamId : null,
        staff_in: false,
        adoption_step: null,
        adoption_step_confirmed_at: null,
        adoption_step_confirmed_by: null,
        created_by: staff?.id ?? null,
        created_at: `${createdOn}T18:00:00+08:00`,
        archived_at: null,
        created_on: createdOn,
        closed_on: dissolvedOn,
      };
      out.chat_groups.push(group);
      let count = Math.max(3, Math.round(members.length * (layer === 'core' ? 0.3 : 0.8)));
      for (let month = 0; month < 3; month += 1) {
        out.organization_chat_group_counts.push({
          id: random.uuid(),
          street_id: streetId,
          chat_group_id: group.id,
          counted_on: addDays(createdOn, month * 30),
          member_count: count,
        });
        count += random.int(0, 4);
      }
    }

    // Baseline interviews: most organizations, the dead and inactive too (seed 002 back-filled ~80).
    if (random.chance(0.6) || organization.status !== 'active') {
      const texts = random.pick(interviewTexts);
      out.organization_interviews.push({
        id: random.uuid(),
        street_id: streetId,
        organization_id: organization.id,
        interviewed_on: dateBetween(random, earlier(addDays(founded, 30), today), today),
        interviewer: staff?.display_name ?? '社工',
        ...texts,
        recorded_by: staff?.id ?? null,
        recorded_at: `${today}T09:00:00+08:00`,
      });
    }

    if (random.chance(0.2)) {
      const texts = random.pick(caseOutcomeTexts);
      out.case_outcomes.push({
        id: random.uuid(),
        street_id: streetId,
        organization_id: organization.id,
        person_id: null,
        recorded_on: dateBetween(random, founded, today),
        ...texts,
        recorded_by: staff?.id ?? null,
        recorded_at: `${today}T09:00:00+08:00`,
      });
    }
  }

  // Relations: seeds spun off from or incubated by the street's big trees, which form a federation.
  for (const organization of base.organizations) {
    const tree = bigTrees.find((t) => t.street_id === organization.street_id && t.id !== organization.id);
    if (!tree || organization.stage === 'big_tree' || !random.chance(0.25)) continue;
    out.organization_relations.push({
      id: random.uuid(),
      street_id: organization.street_id,
      organization_id: organization.id,
      related_organization_id: tree.id,
      kind: random.pick(['spun_off_from', 'incubated_by', 'federation_member', 'partner'] as const),
      since: organization.founded_on,
      until: null,
      note: null,
    });
  }
  return out;
}
