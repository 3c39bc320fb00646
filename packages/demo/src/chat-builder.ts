import type {
  ChatCreationWayColumn,
  ChatDemoData,
  ChatGroupDemoRow,
  ChatGroupLayerColumn,
  ChatSenderDemoRow,
} from './chat-rows';
import { type GroupActivity, type GroupTalk, type Speaker, shanghaiMidnight, talkOf } from './chat-talk';
import { earlier } from './dates';
import type { Random } from './random';
import type { UserRow } from './rows';

/** One member of a demo group, before it has a sender row. */
export interface MemberPlan {
  personId: string | null;
  displayName: string;
  since: string;
  weight: (progress: number) => number;
  answered?: (progress: number) => number;
  isLeader: boolean;
  isStaff: boolean;
}

export interface GroupPlan {
  streetId: string;
  organizationId: string | null;
  name: string;
  layer: ChatGroupLayerColumn;
  creationWay: ChatCreationWayColumn;
  staffIn: boolean;
  adoptionStep: number | null;
  /** the day the leader (or the members' meeting) agreed and staff recorded it */
  agreedOn: string;
  agreedByPersonId: string | null;
  /** days the text is kept, when the agreement keeps it */
  textDays: number | null;
  members: readonly MemberPlan[];
  /** the talk; null for a group registered with its agreement but not imported yet */
  talk:
    | (Omit<GroupTalk, 'groupId' | 'refPrefix' | 'speakers' | 'keepTextFrom' | 'textDays' | 'activities'> & {
        activities: readonly (Omit<GroupActivity, 'reporter'> & { reporterPersonId?: string })[];
      })
    | null;
}

/** The sender key an export gives a person: the same wxid in every group, so bridges are visible. */
export const wxidOf = (id: string) => `wxid_${id.replaceAll('-', '').slice(0, 14)}`;

/**
 * Writes one group: its row, the agreement in force (recorded by staff), a sender per member (matched
 * to the person when there is one; staff flagged) and, when the plan has talk, its messages. A group
 * the registry already holds (the team's group of that layer: one table since issue 19) is taken over,
 * not made twice: it keeps its id, name, sub-team and days (set up no later than its first message),
 * and gains what staff recorded for the chat trail.
 */
export function addGroup(random: Random, data: ChatDemoData, plan: GroupPlan, staff: UserRow, today: string): string {
  const fresh = random.uuid();
  const registered =
    plan.organizationId === null
      ? undefined
      : data.chat_groups.find(
          (g) => g.organization_id === plan.organizationId && g.layer === plan.layer && g.creation_way === 'unknown',
        );
  const groupId = registered?.id ?? fresh;
  const recordedAt = new Date(shanghaiMidnight(plan.agreedOn) + 10 * 3_600_000).toISOString();
  const firstDay = plan.talk?.from ?? null;
  const row: ChatGroupDemoRow = {
    id: groupId,
    street_id: plan.streetId,
    organization_id: plan.organizationId,
    name: registered?.name ?? plan.name,
    platform: 'wechat',
    creation_way: plan.creationWay,
    layer: plan.layer,
    sub_team_id: registered?.sub_team_id ?? null,
    staff_in: plan.staffIn,
    adoption_step: plan.adoptionStep,
    adoption_step_confirmed_at: plan.adoptionStep === null ? null : recordedAt,
    adoption_step_confirmed_by: plan.adoptionStep === null ? null : staff.id,
    created_by: registered?.created_by ?? staff.id,
    created_at: registered?.created_at ?? recordedAt,
    archived_at: null,
    created_on:
      registered?.created_on && firstDay
        ? earlier(registered.created_on, firstDay)
        : (registered?.created_on ?? firstDay),
    closed_on: registered?.closed_on ?? null,
  };
  if (registered) data.chat_groups[data.chat_groups.indexOf(registered)] = row;
  else data.chat_groups.push(row);
  data.chat_agreements.push({
    id: random.uuid(),
    street_id: plan.streetId,
    group_id: groupId,
    agreed_by_person_id: plan.agreedByPersonId,
    agreed_by_role: plan.agreedByPersonId ? 'leader' : 'members_meeting',
    agreed_on: plan.agreedOn,
    scope: plan.textDays === null ? 'analysis' : 'analysis_and_text',
    text_retention_days: plan.textDays,
    note:
      plan.textDays === null ? '只做分析，不保留聊天内容' : `保留聊天内容 ${plan.textDays} 天，方便社工回看活动通知`,
    recorded_by: staff.id,
    recorded_at: recordedAt,
    withdrawn_on: null,
    withdrawn_by: null,
    withdrawn_at: null,
  });
  if (!plan.talk) return groupId;

  const numbers = random.shuffle(plan.members.map((_, index) => index + 1));
  const speakers: Speaker[] = [];
  const byPerson = new Map<string, Speaker>();
  plan.members.forEach((member, index) => {
    const sender: ChatSenderDemoRow = {
      id: random.uuid(),
      street_id: plan.streetId,
      group_id: groupId,
      sender_ref: member.isStaff
        ? `wxid_staff_${staff.id.slice(0, 8)}`
        : member.personId
          ? wxidOf(member.personId)
          : `wxid_${random.uuid().replaceAll('-', '').slice(0, 14)}`,
      display_name: member.displayName,
      pseudonym_number: numbers[index] ?? index + 1,
      person_id: member.personId,
      matched_by: member.personId ? staff.id : null,
      matched_at: member.personId ? recordedAt : null,
      is_staff: member.isStaff,
      joined_at: new Date(shanghaiMidnight(member.since) + 9 * 3_600_000).toISOString(),
      left_at: null,
    };
    data.chat_senders.push(sender);
    const speaker: Speaker = {
      senderId: sender.id,
      weight: member.weight,
      answered: member.answered,
      since: member.since,
      isLeader: member.isLeader,
    };
    speakers.push(speaker);
    if (member.personId) byPerson.set(member.personId, speaker);
  });
  const { activities, ...talk } = plan.talk;
  const keepTextFrom = plan.textDays === null ? null : shanghaiMidnight(today) - (plan.textDays - 1) * 86_400_000;
  for (const message of talkOf(random.fork(`talk-${groupId}`), {
    ...talk,
    groupId,
    refPrefix: `demo-${groupId.slice(0, 8)}`,
    speakers,
    keepTextFrom,
    textDays: plan.textDays ?? 0,
    activities: activities.map(({ reporterPersonId, ...activity }) => ({
      ...activity,
      reporter: reporterPersonId ? byPerson.get(reporterPersonId) : undefined,
    })),
  }))
    data.chat_messages.push(message);
  return groupId;
}
