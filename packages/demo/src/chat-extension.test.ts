import {
  type ChatMessageRecord,
  interactionNetwork,
  marginalisation,
  memberWindows,
  type WindowIndicators,
  windowIndicators,
} from '@seedbed/core';
import { describe, expect, it } from 'vitest';
import { chatCast } from './chat-extension';
import type { ChatMessageDemoRow } from './chat-rows';
import { generateDemo } from './index';

const today = '2026-06-30';
const demo = generateDemo({ seed: 20171, today });
const cast = chatCast(demo);
const day = 86_400_000;
const todayStart = Date.parse(`${today}T00:00:00+08:00`);

const messagesOf = (groupId: string) => demo.chat_messages.filter((m) => m.group_id === groupId);
const sendersOf = (groupId: string) => demo.chat_senders.filter((s) => s.group_id === groupId);
/** The groups the chat trail follows (the registry's other groups, creation way unknown, hold no chat). */
const followed = demo.chat_groups.filter((g) => g.creation_way !== 'unknown');
const groupsOf = (organizationId: string | undefined) => followed.filter((g) => g.organization_id === organizationId);
const recordOf = (m: ChatMessageDemoRow): ChatMessageRecord => ({
  id: m.source_ref,
  sender: m.sender_id ?? '',
  sentAt: Date.parse(m.sent_at),
  quotedMessageId: m.reply_to_source_ref,
  quotedSender: m.quoted_sender_id,
  mentions: m.mention_sender_ids,
});

/** Marginalisation of every sender of a group, over 30-day windows ending today (core's functions). */
function marginalisationOf(groupId: string) {
  const records = messagesOf(groupId).map(recordOf);
  const roster = sendersOf(groupId).map((s) => s.id);
  const first = Math.min(...records.map((r) => r.sentAt));
  const windows: WindowIndicators[] = [];
  for (let to = todayStart; to - 30 * day >= first - 30 * day; to -= 30 * day)
    windows.unshift(windowIndicators(interactionNetwork(records, { roster, from: to - 30 * day, to })));
  return new Map(roster.map((id) => [id, marginalisation(memberWindows(windows, id))]));
}

describe('the demo street’s year of chat', { timeout: 30_000 }, () => {
  it('is the same for the same seed, and sensibly sized', () => {
    const small = () => generateDemo({ seed: 20171, today, size: 'small' });
    const [first, second] = [small(), small()];
    expect(second.chat_groups).toEqual(first.chat_groups);
    expect(second.chat_senders).toEqual(first.chat_senders);
    expect(second.chat_messages).toEqual(first.chat_messages);
    expect(first.chat_messages.length).toBeGreaterThan(1000);
    expect(demo.chat_messages.length).toBeGreaterThan(25_000);
    expect(demo.chat_messages.length).toBeLessThan(60_000);
    const organizations = demo.organizations.filter((o) => o.status === 'active' && o.stage !== 'nurturing');
    expect(new Set(demo.chat_groups.map((g) => g.organization_id)).size).toBeGreaterThan(organizations.length * 0.7);
  });

  it('keeps every row consistent: an agreement per group, senders of the group, links inside it, nothing after today', () => {
    const senderGroup = new Map(demo.chat_senders.map((s) => [s.id, s.group_id]));
    for (const group of demo.chat_groups)
      expect(demo.chat_agreements.filter((a) => a.group_id === group.id && a.withdrawn_at === null)).toHaveLength(
        group.creation_way === 'unknown' ? 0 : 1,
      );
    const refs = new Set(demo.chat_messages.map((m) => `${m.group_id}|${m.source_ref}`));
    expect(refs.size).toBe(demo.chat_messages.length);
    for (const m of demo.chat_messages) {
      expect(senderGroup.get(m.sender_id ?? '')).toBe(m.group_id);
      if (m.reply_to_source_ref) expect(refs.has(`${m.group_id}|${m.reply_to_source_ref}`)).toBe(true);
      for (const id of [m.quoted_sender_id, ...m.mention_sender_ids])
        if (id) expect(senderGroup.get(id)).toBe(m.group_id);
      expect(Date.parse(m.sent_at)).toBeLessThan(todayStart);
    }
    const speaking = new Set(demo.chat_messages.map((m) => m.sender_id));
    const silent = demo.chat_senders.filter((s) => !speaking.has(s.id));
    expect(silent.length).toBeGreaterThan(50);
    expect(silent.every((s) => s.joined_at !== null)).toBe(true);
    expect(demo.chat_senders.some((s) => s.person_id === null && !s.is_staff)).toBe(true);
    expect(demo.chat_senders.some((s) => s.is_staff)).toBe(true);
  });

  it('keeps text only where the agreement says so, for its days, and the text names nobody', () => {
    const withText = demo.chat_messages.filter((m) => m.text !== null);
    expect(withText.length).toBeGreaterThan(10);
    const textGroups = new Set(
      demo.chat_agreements.filter((a) => a.scope === 'analysis_and_text').map((a) => a.group_id),
    );
    const names = demo.people.map((p) => p.name);
    for (const m of withText) {
      expect(textGroups.has(m.group_id)).toBe(true);
      expect(Date.parse(m.text_expires_at ?? '')).toBeGreaterThan(todayStart);
      expect(Date.parse(m.sent_at)).toBeGreaterThan(todayStart - 30 * day);
      expect(m.text).not.toMatch(/\d{6,}/);
      expect(names.some((name) => m.text?.includes(name))).toBe(false);
    }
  });

  it('splits a tree’s 总群 mid-year: the core members move their talk to the new 核心群', () => {
    const groups = groupsOf(cast.split?.id);
    const general = groups.find((g) => g.layer === 'general');
    const core = groups.find((g) => g.layer === 'core');
    expect(general && core).toBeTruthy();
    const coreMessages = messagesOf(core?.id ?? '');
    const splitAt = Math.min(...coreMessages.map((m) => Date.parse(m.sent_at)));
    expect(splitAt).toBeGreaterThan(todayStart - 200 * day);
    expect(coreMessages.length).toBeGreaterThan(150);
    const corePeople = new Set(sendersOf(core?.id ?? '').map((s) => s.person_id));
    const coreSenders = new Set(
      sendersOf(general?.id ?? '')
        .filter((s) => corePeople.has(s.person_id))
        .map((s) => s.id),
    );
    const share = (list: ChatMessageDemoRow[]) =>
      list.filter((m) => coreSenders.has(m.sender_id ?? '')).length / list.length;
    const before = messagesOf(general?.id ?? '').filter((m) => Date.parse(m.sent_at) < splitAt);
    const after = messagesOf(general?.id ?? '').filter((m) => Date.parse(m.sent_at) >= splitAt);
    expect(share(after)).toBeLessThan(share(before) * 0.6);
  });

  it('draws two members of the leader’s team to the margin, and core’s marginalisation flags them', () => {
    const leaderTeam = demo.users.find((u) => u.username === 'leader')?.scope_id ?? '';
    const group = groupsOf(leaderTeam).find((g) => g.layer === 'general');
    const drifters = cast.drifters(leaderTeam);
    expect(drifters).toHaveLength(2);
    const senderOf = new Map(sendersOf(group?.id ?? '').map((s) => [s.person_id, s.id]));
    const results = marginalisationOf(group?.id ?? '');
    for (const person of drifters) {
      const result = results.get(senderOf.get(person) ?? '');
      expect(result?.flagged).toBe(true);
      expect(result?.firstActiveWindow).toBeLessThanOrEqual(2);
    }
    const flagged = [...results].filter(([, r]) => r.flagged).map(([id]) => id);
    expect(flagged.length).toBeLessThanOrEqual(4);
  });

  it('has a group staff built on trust that stays quiet, and the activists’ group bridging several teams', () => {
    const quiet = groupsOf(cast.quiet?.id)[0];
    expect(quiet).toMatchObject({ creation_way: 'by_staff_on_trust', staff_in: true });
    const perGroup = followed.map((g) => messagesOf(g.id).length).sort((a, b) => a - b);
    const median = perGroup[perGroup.length >> 1] ?? 0;
    expect(messagesOf(quiet?.id ?? '').length).toBeLessThan(median / 4);
    const activists = demo.chat_groups.find((g) => g.layer === 'activists');
    expect(activists?.organization_id).toBeNull();
    const people = new Set(
      sendersOf(activists?.id ?? '')
        .map((s) => s.person_id)
        .filter((id) => id !== null),
    );
    const organizations = new Set(
      demo.chat_senders
        .filter((s) => s.group_id !== activists?.id && s.person_id !== null && people.has(s.person_id))
        .map((s) => demo.chat_groups.find((g) => g.id === s.group_id)?.organization_id),
    );
    expect(organizations.size).toBeGreaterThanOrEqual(5);
    expect(messagesOf(activists?.id ?? '').filter((m) => m.kind === 'image').length).toBeGreaterThan(20);
  });

  it('talks around the activities: a burst of photos on most activity days', () => {
    const leaderTeam = demo.users.find((u) => u.username === 'leader')?.scope_id ?? '';
    const group = groupsOf(leaderTeam)[0];
    const photoDays = new Set(
      messagesOf(group?.id ?? '')
        .filter((m) => m.kind === 'image')
        .map((m) => new Date(Date.parse(m.sent_at) + 8 * 3_600_000).toISOString().slice(0, 10)),
    );
    const held = demo.activity_organizations
      .filter((a) => a.organization_id === leaderTeam)
      .map((a) => demo.activities.find((x) => x.id === a.activity_id)?.starts_at ?? '')
      .map((at) => new Date(Date.parse(at) + 8 * 3_600_000).toISOString().slice(0, 10))
      .filter((d) => d < today);
    expect(held.filter((d) => photoDays.has(d)).length).toBeGreaterThan(held.length * 0.7);
  });

  it('talks more about public matters as a team moves from 自益 to 公益 during the year', () => {
    const moved = demo.organization_changes.filter(
      (c) =>
        c.field === 'orientation' &&
        c.value !== 'self_benefit' &&
        c.changed_on > '2025-09-01' &&
        c.changed_on < '2026-04-30' &&
        groupsOf(c.organization_id).some((g) => messagesOf(g.id).length > 300),
    );
    expect(moved.length).toBeGreaterThan(0);
    for (const change of moved) {
      const talk = messagesOf(groupsOf(change.organization_id)[0]?.id ?? '').filter((m) => m.topic_class !== null);
      const share = (from: number, to: number) => {
        const inside = talk.filter((m) => Date.parse(m.sent_at) >= from && Date.parse(m.sent_at) < to);
        return inside.filter((m) => m.topic_class === 'public').length / Math.max(1, inside.length);
      };
      const changedAt = Date.parse(`${change.changed_on}T00:00:00+08:00`);
      expect(share(todayStart - 90 * day, todayStart)).toBeGreaterThan(share(0, changedAt) + 0.1);
    }
  });

  it('records the activity title’s words on the day’s messages, so the chat can corroborate the activity', () => {
    const leaderTeam = demo.users.find((u) => u.username === 'leader')?.scope_id ?? '';
    const reports = messagesOf(groupsOf(leaderTeam)[0]?.id ?? '').filter((m) => m.topic_words.includes('舞蹈'));
    expect(reports.length).toBeGreaterThan(5);
  });

  it('keeps one row per group: the registry’s groups are the chat trail’s, never made twice', () => {
    const keys = demo.chat_groups
      .filter((g) => g.organization_id !== null)
      .map((g) => `${g.organization_id}|${g.layer}`);
    expect(new Set(keys).size).toBe(keys.length);
    const ids = new Set(demo.chat_groups.map((g) => g.id));
    for (const count of demo.organization_chat_group_counts) expect(ids.has(count.chat_group_id)).toBe(true);
    // a followed team's 总群 is the registry's row: it has the registry's member counts, and was set up
    // no later than its first message
    const leaderTeam = demo.users.find((u) => u.username === 'leader')?.scope_id ?? undefined;
    const general = groupsOf(leaderTeam).find((g) => g.layer === 'general');
    expect(demo.organization_chat_group_counts.some((c) => c.chat_group_id === general?.id)).toBe(true);
    const first = Math.min(...messagesOf(general?.id ?? '').map((m) => Date.parse(m.sent_at)));
    expect(Date.parse(`${general?.created_on}T00:00:00+08:00`)).toBeLessThanOrEqual(first);
    // the registry's groups the chat trail does not follow stay as the registry recorded them
    expect(demo.chat_groups.some((g) => g.creation_way === 'unknown' && !g.staff_in)).toBe(true);
  });

  it('keeps the sample’s team registered with its agreement but nothing imported yet', () => {
    const groups = groupsOf(cast.sample?.id);
    expect(groups).toHaveLength(1);
    expect(demo.chat_agreements.some((a) => a.group_id === groups[0]?.id)).toBe(true);
    expect(sendersOf(groups[0]?.id ?? '')).toHaveLength(0);
    expect(messagesOf(groups[0]?.id ?? '')).toHaveLength(0);
  });
});
