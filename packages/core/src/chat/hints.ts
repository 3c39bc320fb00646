import type { WindowIndicators } from './indicators';
import { memberWindows } from './indicators';
import { defaultMarginalisationSettings, type MarginalisationSettings, mannKendall, marginalisation } from './trend';

/**
 * Coaching hints 辅导提示 (issue 19): what the chat trail suggests a social worker look at, in plain words.
 * A hint is a code with its numbers (and the members concerned); the web renders it in zh-CN or en
 * (`chatHintTemplates` below gives both texts with i18next `{{name}}` placeholders). A hint is a question
 * for staff, never a verdict: each comes from per-window indicators (`windowIndicators`) with the
 * thresholds in `chatHintThresholds`, every one stated here.
 */
export const chatHintCodes = [
  'chat.hint.unanswered_members',
  'chat.hint.outside_core_quiet',
  'chat.hint.one_voice',
  'chat.hint.density_falling',
  'chat.hint.marginalised_members',
  'chat.hint.staff_group_quiet',
] as const;
export type ChatHintCode = (typeof chatHintCodes)[number];

export type ChatWindowUnit = 'week' | 'month';

export interface ChatHint {
  code: ChatHintCode;
  /** the numbers the message shows, by the names its template uses */
  values: Record<string, number>;
  /** the members concerned (as keyed in the windows), for the member table's flags; [] for a group hint */
  members: string[];
  /** the window unit a count of windows is in (the template's `{{unit}}`: 周 / week, 个月 / month); else null */
  unit: ChatWindowUnit | null;
}

/** zh-CN and en texts of each hint, i18next placeholders; `{{unit}}` is 周/week or 个月/month. */
export const chatHintTemplates: Record<ChatHintCode, { 'zh-CN': string; en: string }> = {
  'chat.hint.unanswered_members': {
    'zh-CN': '{{members}} 位成员连续 {{windows}} {{unit}}发言无人回应',
    en: '{{members}} members have had no response to their messages for {{windows}} {{unit}}s running',
  },
  'chat.hint.outside_core_quiet': {
    'zh-CN': '近两个月核心群之外几乎没有讨论（核心群之外只占 {{outsidePercent}}% 的消息）',
    en: 'In the last two months there was almost no discussion outside the core group ({{outsidePercent}}% of messages)',
  },
  'chat.hint.one_voice': {
    'zh-CN': '群里几乎只有一个声音：中心化程度 {{centralizationPercent}}%，发言最多的人占 {{topSharePercent}}% 的消息',
    en: 'One voice dominates: centralization {{centralizationPercent}}%, the top sender wrote {{topSharePercent}}% of messages',
  },
  'chat.hint.density_falling': {
    'zh-CN': '近 {{windows}} {{unit}}群内关系密度持续下降（{{fromPercent}}% → {{toPercent}}%）',
    en: 'Relationship density has been falling over {{windows}} {{unit}}s ({{fromPercent}}% → {{toPercent}}%)',
  },
  'chat.hint.marginalised_members': {
    'zh-CN': '{{members}} 位曾经活跃的成员有被边缘化的趋势',
    en: '{{members}} once-active members are drifting to the margin',
  },
  'chat.hint.staff_group_quiet': {
    'zh-CN': '这个由社工建立的群近 {{windows}} {{unit}}很安静：成员（社工之外）共发言 {{messages}} 条',
    en: 'This staff-built group has been quiet for {{windows}} {{unit}}s: members other than staff sent {{messages}} messages',
  },
};

/**
 * Every threshold of the hints, per window unit where it depends on the window's length:
 * - `unansweredWindows`: a member is counted in `unanswered_members` when, in each of at least this many
 *   of their most recent speaking windows in a row, they sent messages and none got a response
 *   (`answered` = 0); windows where they sent nothing are skipped — neither counted nor breaking the run
 *   — since silence is not an unanswered message. 6 weeks (the example) or 2 months.
 * - `outsideCoreShare`: `outside_core_quiet` when an organization has a core group and at least one other
 *   group meant for discussion (总群, 分队群, 聊天群: notice groups are for notices), the period has at
 *   least `outsideCoreMinMessages` messages, and those other groups hold less than this share (10%).
 * - `oneVoiceCentralization`, `oneVoiceMinActive`: `one_voice` when the latest window's undirected Freeman
 *   degree centralization is at least 0.6 (1 = a perfect star) with at least 4 members who sent a message.
 * - `densityWindows`, `densityAlpha`: `density_falling` when the undirected density of the last (up to) 12
 *   windows, at least 5, falls with a Mann–Kendall trend at p < 0.05.
 * - `marginalisation`: trend.ts's settings; `marginalised_members` counts members it flags (staff left out).
 * - `quietWindows`, `quietMessages`: `staff_group_quiet` when a group built by staff on the organization's
 *   trust has at least 4 windows and its members other than staff sent fewer than 2 messages a week
 *   (8 a month) on average over the last 4 windows.
 */
export interface ChatHintThresholds {
  unansweredWindows: Record<ChatWindowUnit, number>;
  outsideCoreShare: number;
  outsideCoreMinMessages: number;
  oneVoiceCentralization: number;
  oneVoiceMinActive: number;
  densityWindows: number;
  densityMinWindows: number;
  densityAlpha: number;
  marginalisation: MarginalisationSettings;
  quietWindows: number;
  quietMessages: Record<ChatWindowUnit, number>;
}
export const chatHintThresholds: ChatHintThresholds = {
  unansweredWindows: { week: 6, month: 2 },
  outsideCoreShare: 0.1,
  outsideCoreMinMessages: 20,
  oneVoiceCentralization: 0.6,
  oneVoiceMinActive: 4,
  densityWindows: 12,
  densityMinWindows: 5,
  densityAlpha: 0.05,
  marginalisation: defaultMarginalisationSettings,
  quietWindows: 4,
  quietMessages: { week: 2, month: 8 },
};

export interface GroupHintInput {
  unit: ChatWindowUnit;
  /** consecutive windows of the group, oldest first; the last is the most recent */
  windows: readonly Pick<WindowIndicators, 'members' | 'density' | 'centralization'>[];
  creationWay: 'by_organization' | 'by_staff_on_trust' | 'existing_invited_staff' | 'unknown';
  /** members who are staff: left out of member hints and of the quiet-group count */
  staffMembers?: readonly string[];
}

/** A group's hints, in the order of `chatHintCodes`; [] when the trail suggests nothing. */
export function groupHints(input: GroupHintInput, thresholds: ChatHintThresholds = chatHintThresholds): ChatHint[] {
  const staff = new Set(input.staffMembers ?? []);
  const members = membersOf(input.windows).filter((member) => !staff.has(member));
  const hints: ChatHint[] = [];
  const unit = input.unit;

  const needed = thresholds.unansweredWindows[input.unit];
  const runs = members.map((member) => ({ member, run: unansweredRun(input.windows, member) }));
  const unanswered = runs.filter((entry) => entry.run >= needed);
  if (unanswered.length > 0) {
    hints.push({
      code: 'chat.hint.unanswered_members',
      values: { members: unanswered.length, windows: Math.min(...unanswered.map((entry) => entry.run)) },
      members: unanswered.map((entry) => entry.member),
      unit,
    });
  }

  const latest = input.windows.at(-1);
  if (latest) {
    const active = latest.members.filter((m) => m.sent > 0);
    const total = active.reduce((sum, m) => sum + m.sent, 0);
    const top = Math.max(0, ...active.map((m) => m.sent));
    const centralization = latest.centralization.undirected;
    if (active.length >= thresholds.oneVoiceMinActive && centralization >= thresholds.oneVoiceCentralization) {
      hints.push({
        code: 'chat.hint.one_voice',
        values: {
          centralizationPercent: percent(centralization),
          topSharePercent: total === 0 ? 0 : percent(top / total),
        },
        members: [],
        unit: null,
      });
    }
  }

  const densities = input.windows.slice(-thresholds.densityWindows).map((w) => w.density.undirected);
  if (densities.length >= thresholds.densityMinWindows) {
    const trend = mannKendall(densities, thresholds.densityAlpha);
    if (trend?.trend === 'falling') {
      hints.push({
        code: 'chat.hint.density_falling',
        values: {
          windows: densities.length,
          fromPercent: percent(densities[0]!),
          toPercent: percent(densities.at(-1)!),
          pValue: trend.pValue,
        },
        members: [],
        unit,
      });
    }
  }

  const windows = input.windows as readonly WindowIndicators[];
  const flagged = members.filter(
    (member) => marginalisation(memberWindows(windows, member), thresholds.marginalisation).flagged,
  );
  if (flagged.length > 0) {
    hints.push({
      code: 'chat.hint.marginalised_members',
      values: { members: flagged.length },
      members: flagged,
      unit: null,
    });
  }

  if (input.creationWay === 'by_staff_on_trust' && input.windows.length >= thresholds.quietWindows) {
    const recent = input.windows.slice(-thresholds.quietWindows);
    const messages = recent.reduce(
      (sum, w) => sum + w.members.reduce((s, m) => s + (staff.has(m.member) ? 0 : m.sent), 0),
      0,
    );
    if (messages < thresholds.quietMessages[input.unit] * thresholds.quietWindows) {
      hints.push({
        code: 'chat.hint.staff_group_quiet',
        values: { windows: thresholds.quietWindows, messages },
        members: [],
        unit,
      });
    }
  }
  return hints;
}

export interface OrganizationGroupMessages {
  layer: 'general' | 'core' | 'notice' | 'squad' | 'chat' | 'activists';
  /** messages in the period (the last two months for the hint's wording) */
  messages: number;
}

/**
 * An organization's hint across its groups: `outside_core_quiet` (see `chatHintThresholds`). The caller
 * passes each group's messages over the period the message names — the last two months.
 */
export function organizationHints(
  groups: readonly OrganizationGroupMessages[],
  thresholds: ChatHintThresholds = chatHintThresholds,
): ChatHint[] {
  const core = groups.filter((g) => g.layer === 'core');
  // a notice group 通知群 is for notices, not discussion; the activists' group is not the organization's
  const others = groups.filter((g) => g.layer !== 'core' && g.layer !== 'notice' && g.layer !== 'activists');
  if (core.length === 0 || others.length === 0) return [];
  const inCore = core.reduce((sum, g) => sum + g.messages, 0);
  const outside = others.reduce((sum, g) => sum + g.messages, 0);
  const total = inCore + outside;
  if (total < thresholds.outsideCoreMinMessages || outside / total >= thresholds.outsideCoreShare) return [];
  return [
    {
      code: 'chat.hint.outside_core_quiet',
      values: { outsidePercent: percent(outside / total) },
      members: [],
      unit: null,
    },
  ];
}

/**
 * How many of a member's most recent speaking windows in a row went unanswered: walking back from the
 * latest window, windows where they sent nothing are skipped; the run ends at the first window where at
 * least one of their messages got a response.
 */
export function unansweredRun(windows: readonly Pick<WindowIndicators, 'members'>[], member: string): number {
  let run = 0;
  for (let i = windows.length - 1; i >= 0; i--) {
    const found = windows[i]!.members.find((m) => m.member === member);
    if (!found || found.sent === 0) continue;
    if (found.answered > 0) break;
    run += 1;
  }
  return run;
}

function membersOf(windows: readonly Pick<WindowIndicators, 'members'>[]): string[] {
  const seen = new Set<string>();
  for (const window of windows) for (const m of window.members) seen.add(m.member);
  return [...seen];
}

/** whole percent, for the messages (the numbers behind them stay in the indicators) */
function percent(share: number): number {
  return Math.round(share * 100);
}
