import {
  addDays,
  analyseChatGroup,
  type ChatAnalysisQuery,
  type ChatGroupAnalysis,
  type ChatMemberRow,
  chatNetworkSettingsOf,
  chatWindows,
  checkChatPeriod,
  type GroupAnalysis,
  messagesBetween,
  ok,
  pseudonymLetters,
  type Result,
  shanghaiDayStart,
} from '@seedbed/core';
import type { Selectable } from 'kysely';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { type ChatAgreementRow, chatAgreementInForce } from './agreement-in-force';
import { type ChatRosterMember, type LoadedChatMessage, loadChatMessages, loadChatRoster } from './analysis-load';
import type { ChatGroupsTable } from './tables';

type Reader = Pick<StoreContext, 'db' | 'scope'>;
type GroupRow = Selectable<ChatGroupsTable>;
const dayMilliseconds = 86_400_000;

export interface AnalysedGroup {
  group: GroupRow;
  agreement: ChatAgreementRow;
  roster: ChatRosterMember[];
  messages: LoadedChatMessage[];
  analysis: GroupAnalysis;
}

/** Loads and analyses one group already found in scope, or 409 chat.no_agreement. */
export async function analyseGroupRow(
  call: Reader,
  group: GroupRow,
  query: ChatAnalysisQuery,
): Promise<Result<AnalysedGroup>> {
  const agreement = await chatAgreementInForce(call, group.id);
  if (!agreement.ok) return agreement;
  const period = {
    start: shanghaiDayStart(query.from).getTime(),
    end: shanghaiDayStart(addDays(query.to, 1)).getTime(),
  };
  const [roster, messages] = await Promise.all([
    loadChatRoster(call.db, group.id),
    loadChatMessages(call.db, group.id, period.start - dayMilliseconds, period.end + dayMilliseconds),
  ]);
  const analysis = analyseChatGroup(
    messages,
    roster,
    period,
    chatWindows(query, query.window),
    {
      unit: query.window,
      creationWay: group.creation_way,
      staff: roster.filter((member) => member.isStaff).map((member) => member.id),
    },
    { network: chatNetworkSettingsOf(query) },
  );
  return ok({ group, agreement: agreement.value, roster, messages, analysis });
}

/**
 * A group's page (issue 19 "Views"): the network, trends, member table with flags, hints and topic
 * shares for a period. Senders are pseudonyms unless `namesShown` (the caller may read residents'
 * names); message text is never read here.
 */
export async function findChatGroupAnalysis(
  call: Reader,
  groupId: string,
  query: ChatAnalysisQuery,
  options: { namesShown: boolean },
): Promise<Result<ChatGroupAnalysis>> {
  const period = checkChatPeriod(query);
  if (!period.ok) return period;
  const group = await findInScope(call, 'chat_groups', groupId);
  if (!group.ok) return group;
  const analysed = await analyseGroupRow(call, group.value, query);
  if (!analysed.ok) return analysed;
  return ok(groupAnalysisView(analysed.value, query, options.namesShown));
}

function groupAnalysisView(
  { group, agreement, roster, messages, analysis }: AnalysedGroup,
  query: ChatAnalysisQuery,
  namesShown: boolean,
): ChatGroupAnalysis {
  const bySender = new Map(roster.map((member) => [member.id, member]));
  const whole = analysis.whole.indicators;
  const identity = (id: string) => {
    const member = bySender.get(id);
    return {
      id,
      pseudonym: member ? pseudonymLetters(member.pseudonymNumber) : '?',
      name: namesShown ? (member?.personName ?? member?.displayName ?? null) : null,
      personId: namesShown ? (member?.personId ?? null) : null,
      isStaff: member?.isStaff ?? false,
    };
  };
  const members = whole.members.map((row): ChatMemberRow => {
    const flag = analysis.marginalisation.get(row.member)!;
    return {
      ...identity(row.member),
      role: row.role,
      sent: row.sent,
      answered: row.answered,
      responseShare: row.sent > 0 ? row.answered / row.sent : null,
      inDegree: row.inDegree,
      outDegree: row.outDegree,
      inStrength: row.inStrength,
      outStrength: row.outStrength,
      degreeCentrality: row.degreeCentrality,
      betweenness: row.betweenness,
      closeness: row.closeness,
      coreNumber: row.coreNumber,
      flagged: flag.flagged,
      flag: {
        centrality: flag.centrality,
        responseShare: flag.responseShare,
        firstActiveWindow: flag.firstActiveWindow,
        centralityTrend: flag.centralityTrend && trendView(flag.centralityTrend),
        responseShareTrend: flag.responseShareTrend && trendView(flag.responseShareTrend),
        peakCentrality: flag.peakCentrality,
        lastCentrality: flag.lastCentrality,
      },
    };
  });
  return {
    group: groupSummary(group, agreement),
    period: { from: query.from, to: query.to, window: query.window },
    network: chatNetworkSettingsOf(query),
    namesShown,
    whole: {
      messages: analysis.whole.messages,
      members: whole.members.length,
      density: whole.density.directed,
      densityUndirected: whole.density.undirected,
      reciprocity: whole.reciprocity,
      centralization: whole.centralization.undirected,
      transitivity: whole.transitivity,
      activeShare: whole.activeShare,
    },
    nodes: members.map(({ id, pseudonym, name, personId, isStaff, role, sent }) => ({
      id,
      pseudonym,
      name,
      personId,
      isStaff,
      role,
      sent,
    })),
    edges: analysis.whole.network.edges.map((edge) => ({ ...edge })),
    windows: analysis.windows.map((entry) => ({
      from: entry.window.from,
      to: entry.window.to,
      messages: entry.messages,
      members: entry.network.members.length,
      speakers: entry.trend.senders,
      density: entry.indicators.density.directed,
      densityUndirected: entry.indicators.density.undirected,
      centralization: entry.indicators.centralization.undirected,
      activeShare: entry.indicators.activeShare,
      newVoices: entry.trend.newVoices,
      lostVoices: entry.trend.lostVoices,
    })),
    members,
    hints: analysis.hints.map((hint) => ({ ...hint })),
    topics: analysis.windows.map((entry) => topicCounts(messages, entry.window)),
  };
}

const trendView = (trend: {
  n: number;
  s: number;
  z: number;
  pValue: number;
  senSlope: number;
  trend: 'falling' | 'rising' | 'none';
}) => ({
  n: trend.n,
  s: trend.s,
  z: trend.z,
  pValue: trend.pValue,
  senSlope: trend.senSlope,
  trend: trend.trend,
});

function topicCounts(
  messages: readonly LoadedChatMessage[],
  window: { from: string; to: string; start: number; end: number },
) {
  const counts = { from: window.from, to: window.to, public: 0, greeting: 0, article: 0, other: 0 };
  for (const message of messagesBetween(messages, window.start, window.end) as LoadedChatMessage[]) {
    const topic = message.topicClass;
    if (topic === 'public' || topic === 'greeting' || topic === 'article') counts[topic]++;
    else counts.other++;
  }
  return counts;
}

/** What a group page says about the group itself; `builtByStaff` carries seed 002's warning. */
export function groupSummary(group: GroupRow, agreement: ChatAgreementRow) {
  return {
    id: group.id,
    name: group.name,
    organizationId: group.organization_id,
    streetId: group.street_id,
    platform: group.platform,
    layer: group.layer,
    creationWay: group.creation_way,
    staffIn: group.staff_in,
    adoptionStep: group.adoption_step,
    builtByStaff: group.creation_way === 'by_staff_on_trust',
    agreement: {
      agreedOn: agreement.agreed_on,
      scope: agreement.scope,
      textRetentionDays: agreement.text_retention_days,
    },
  };
}
