import type { ChatWindowUnit } from './hints';
import type { WindowIndicators } from './indicators';

/**
 * Group trends 群的变化 (issue 19): per window, the numbers a group's trend charts show, and the street's
 * series of groups and members (seed 002's figures 6–8: 11 groups and 232 members in March 2017, 32 groups
 * and 690 members — 1.2% of the street — in September).
 *
 * Per group and window:
 * - `density` (undirected and directed), `centralization` (undirected Freeman degree centralization) and
 *   `activeShare` (senders / roster) are `windowIndicators`' own, defined in structure.ts and indicators.ts;
 * - **new voices**: members who send their first message of the series in this window; null in the first
 *   window, where there is no history to tell new from old;
 * - **lost voices**: members whose silence since their last message reaches `lostAfter` windows in this
 *   window (4 weeks, or 2 months) — each lost voice is counted once, in the window where the silence
 *   completes; a member who speaks again later is a returning voice, not new.
 */
export const lostAfterWindows: Record<ChatWindowUnit, number> = { week: 4, month: 2 };

export interface GroupTrendWindow {
  density: { directed: number; undirected: number };
  centralization: number;
  activeShare: number;
  senders: number;
  newVoices: number | null;
  lostVoices: number;
  /** the members behind the two counts, for the member table */
  newMembers: string[];
  lostMembers: string[];
}

export function groupTrend(
  windows: readonly Pick<WindowIndicators, 'members' | 'density' | 'centralization' | 'activeShare'>[],
  unit: ChatWindowUnit,
): GroupTrendWindow[] {
  const lostAfter = lostAfterWindows[unit];
  const lastSpoke = new Map<string, number>();
  return windows.map((window, index) => {
    const speakers = window.members.filter((m) => m.sent > 0).map((m) => m.member);
    const newMembers = index === 0 ? [] : speakers.filter((member) => !lastSpoke.has(member));
    for (const member of speakers) lastSpoke.set(member, index);
    const lostMembers = [...lastSpoke].filter(([, last]) => index - last === lostAfter).map(([member]) => member);
    return {
      density: window.density,
      centralization: window.centralization.undirected,
      activeShare: window.activeShare,
      senders: speakers.length,
      newVoices: index === 0 ? null : newMembers.length,
      lostVoices: lostMembers.length,
      newMembers,
      lostMembers,
    };
  });
}

/** One group in one window of the street's series. */
export interface StreetGroupWindow {
  groupId: string;
  /** the group's members in the window: the roster, and anyone who sent a message */
  members: readonly { senderId: string; personId: string | null }[];
  messages: number;
}

export interface StreetTrendWindow {
  /** groups with a trail in the window */
  groups: number;
  /** of them, groups with at least one message */
  activeGroups: number;
  /** Σ over groups of their members (a person in two groups counts twice, as seed 002 counted) */
  memberships: number;
  /** distinct people: matched senders once however many groups they are in; unmatched senders per group */
  members: number;
  /** members / the street's resident population; null when the population is unknown or 0 */
  populationShare: number | null;
}

/** The street's series: per window, groups, active groups, memberships, distinct members and their share. */
export function streetTrend(
  windows: readonly (readonly StreetGroupWindow[])[],
  population: number | null,
): StreetTrendWindow[] {
  return windows.map((groups) => {
    const people = new Set<string>();
    let memberships = 0;
    for (const group of groups) {
      memberships += group.members.length;
      for (const member of group.members) {
        people.add(member.personId === null ? `sender:${member.senderId}` : `person:${member.personId}`);
      }
    }
    return {
      groups: groups.length,
      activeGroups: groups.filter((group) => group.messages > 0).length,
      memberships,
      members: people.size,
      populationShare: population ? people.size / population : null,
    };
  });
}
