import type { ChatWindow } from './analysis-period';
import { type GroupTrendWindow, groupTrend } from './group-trends';
import { type ChatHint, type ChatWindowUnit, type GroupHintInput, groupHints } from './hints';
import { memberWindows, type WindowIndicators, windowIndicators } from './indicators';
import {
  type ChatMessageRecord,
  type ChatNetworkSettings,
  type InteractionNetwork,
  interactionNetwork,
} from './interactions';
import { type Marginalisation, type MarginalisationSettings, marginalisation } from './trend';

/** A member on a group's roster: on it from `joinedAt` until `leftAt` (epoch ms; null = unknown/still in). */
export interface ChatRosterSpan {
  readonly id: string;
  readonly joinedAt: number | null;
  readonly leftAt: number | null;
}

export interface GroupWindowAnalysis {
  readonly window: ChatWindow;
  readonly network: InteractionNetwork;
  readonly indicators: WindowIndicators;
  readonly messages: number;
  readonly trend: GroupTrendWindow;
}

export interface GroupAnalysis {
  readonly whole: { network: InteractionNetwork; indicators: WindowIndicators; messages: number };
  readonly windows: readonly GroupWindowAnalysis[];
  /** per member of the whole period's network: the marginalisation test over the windows */
  readonly marginalisation: ReadonlyMap<string, Marginalisation>;
  /** coaching hints from the windows (hints.ts), staff left out of member hints */
  readonly hints: readonly ChatHint[];
}

/** A quote or an answer in turn reaches at most this far outside a window (the response gap's maximum). */
const contextMilliseconds = 86_400_000;

/** Who was on the roster during [start, end): joined before it ended, not left before it started. */
export function rosterDuring(roster: readonly ChatRosterSpan[], start: number, end: number): string[] {
  return roster
    .filter(
      (entry) => (entry.joinedAt === null || entry.joinedAt < end) && (entry.leftAt === null || entry.leftAt >= start),
    )
    .map((entry) => entry.id);
}

/** The messages sent in [from, to), `messages` sorted by time (binary search at both ends). */
export function messagesBetween(messages: readonly ChatMessageRecord[], from: number, to: number): ChatMessageRecord[] {
  const first = (limit: number) => {
    let low = 0;
    let high = messages.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (messages[middle]!.sentAt < limit) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return messages.slice(first(from), first(to));
}

/**
 * One group's analysis for a period cut into windows (issue 19 "Networks and indicators"): the
 * network and indicators of the whole period and of each window (with the roster of who was in the
 * group then, silent members included), new and lost voices, and each member's marginalisation test
 * over the windows. `messages` must be sorted by `sentAt` and may reach a day beyond the period on
 * each side, so the first and last windows see the turns and quotes around them.
 */
export function analyseChatGroup(
  messages: readonly ChatMessageRecord[],
  roster: readonly ChatRosterSpan[],
  period: { start: number; end: number },
  windows: readonly ChatWindow[],
  group: { unit: ChatWindowUnit; creationWay: GroupHintInput['creationWay']; staff: readonly string[] },
  settings: { network?: ChatNetworkSettings; marginalisation?: MarginalisationSettings } = {},
): GroupAnalysis {
  const { unit } = group;
  const networkOf = (start: number, end: number) =>
    interactionNetwork(messagesBetween(messages, start - contextMilliseconds, end + contextMilliseconds), {
      roster: rosterDuring(roster, start, end),
      from: start,
      to: end,
      ...(settings.network ? { settings: settings.network } : {}),
    });
  const wholeNetwork = networkOf(period.start, period.end);
  const whole = {
    network: wholeNetwork,
    indicators: windowIndicators(wholeNetwork),
    messages: messagesBetween(messages, period.start, period.end).length,
  };
  const perWindow = windows.map((window) => {
    const network = networkOf(window.start, window.end);
    return { window, network, indicators: windowIndicators(network) };
  });
  const indicators = perWindow.map((entry) => entry.indicators);
  const trend = groupTrend(indicators, unit);
  const windowsAnalysed = perWindow.map(
    (entry, i): GroupWindowAnalysis => ({
      ...entry,
      messages: entry.network.sent.reduce((sum, sent) => sum + sent, 0),
      trend: trend[i]!,
    }),
  );
  const flags = new Map(
    wholeNetwork.members.map((member) => [
      member,
      marginalisation(memberWindows(indicators, member), settings.marginalisation),
    ]),
  );
  const hints = groupHints({ unit, windows: indicators, creationWay: group.creationWay, staffMembers: group.staff });
  return { whole, windows: windowsAnalysed, marginalisation: flags, hints };
}
