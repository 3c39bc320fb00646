import { describe, expect, it } from 'vitest';
import { type ChatMessageRecord, chatNetworkSettingsSchema, interactionNetwork } from './interactions';

const minute = 60_000;
const at = (minutes: number) => Date.UTC(2026, 2, 1, 8) + minutes * minute;
const message = (id: string, sender: string, minutes: number, extra: Partial<ChatMessageRecord> = {}) => ({
  id,
  sender,
  sentAt: at(minutes),
  ...extra,
});
const window = { roster: ['A', 'B', 'C', 'D'], from: at(0), to: at(60) };

describe('the interaction network of a window', () => {
  const messages: ChatMessageRecord[] = [
    message('1', 'A', 0),
    message('2', 'A', 1), // same turn as 1
    message('3', 'B', 3), // new turn 2 minutes after A's last: B responds to A
    message('4', 'C', 20, { quotedMessageId: '1' }), // 17 minutes later: no response-in-turn; quotes A
    message('5', 'A', 22, { mentions: ['B', 'C', 'A'] }), // responds to C, mentions B and C (not herself)
    message('6', 'B', 70, { quotedMessageId: '5' }), // after the window: not an edge, but answers 5
  ];
  const network = interactionNetwork(messages, window);
  const edge = (source: string, target: string) =>
    network.edges.find((e) => e.source === source && e.target === target);

  it('counts each kind of interaction on its own edge', () => {
    expect(edge('B', 'A')).toEqual({ source: 'B', target: 'A', reply: 0, mention: 0, response: 1, weight: 1 });
    expect(edge('C', 'A')).toEqual({ source: 'C', target: 'A', reply: 1, mention: 0, response: 0, weight: 1 });
    expect(edge('A', 'C')).toEqual({ source: 'A', target: 'C', reply: 0, mention: 1, response: 1, weight: 2 });
    expect(edge('A', 'B')).toEqual({ source: 'A', target: 'B', reply: 0, mention: 1, response: 0, weight: 1 });
    expect(network.edges).toHaveLength(4);
    expect(network.graph.m).toBe(4);
  });

  it('keeps the silent roster member as a node', () => {
    expect(network.members).toEqual(['A', 'B', 'C', 'D']);
    expect(network.sent).toEqual([3, 1, 1, 0]);
  });

  it('counts a message as answered when quoted or answered in turn, even just after the window', () => {
    // A: 1 quoted by C, 2 ends the turn B answered, 5 quoted by B after the window; B's 3 and C's 4 unanswered
    // (A's 5 comes 2 minutes after C's 4: that answers 4)
    expect(network.answered).toEqual([3, 0, 1, 0]);
  });

  it('weights the kinds as told; a kind weighted 0 drops out', () => {
    const settings = chatNetworkSettingsSchema.parse({ weights: { reply: 3, mention: 0, response: 0.5 } });
    const weighted = interactionNetwork(messages, { ...window, settings });
    expect(weighted.edges.map((e) => [e.source, e.target, e.weight])).toEqual([
      ['A', 'C', 0.5],
      ['B', 'A', 0.5],
      ['C', 'A', 3],
    ]);
  });

  it('a wider gap turns a slower answer into a response in turn', () => {
    const settings = chatNetworkSettingsSchema.parse({ responseGapMinutes: 30 });
    const wide = interactionNetwork(messages, { ...window, settings });
    expect(wide.edges.find((e) => e.source === 'C' && e.target === 'B')?.response).toBe(1);
  });

  it('adds a sender who is not on the roster after the roster, and ignores messages outside the window', () => {
    const outsider = interactionNetwork([message('x', 'E', 5), message('y', 'F', 90)], window);
    expect(outsider.members).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(outsider.sent).toEqual([0, 0, 0, 0, 1]);
  });

  it('rejects settings outside their bounds', () => {
    expect(chatNetworkSettingsSchema.safeParse({ responseGapMinutes: 0 }).success).toBe(false);
    expect(chatNetworkSettingsSchema.safeParse({ weights: { reply: -1 } }).success).toBe(false);
  });
});
