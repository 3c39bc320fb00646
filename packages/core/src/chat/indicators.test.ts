import { describe, expect, it } from 'vitest';
import { memberWindows, windowIndicators } from './indicators';
import { type ChatMessageRecord, interactionNetwork } from './interactions';
import { marginalisation } from './trend';

const week = 7 * 24 * 60 * 60_000;
const start = Date.UTC(2026, 0, 5);
const roster = ['A', 'B', 'C', 'D'];

/** Four rounds an hour apart: A speaks, B a minute later, C a minute after B (mentioning A in the first). */
function weekOfChat(w: number): ChatMessageRecord[] {
  const base = start + w * week;
  const messages: ChatMessageRecord[] = [];
  for (let k = 0; k < 4; k++) {
    const t = base + k * 3_600_000;
    messages.push({ id: `${w}-${k}-a`, sender: 'A', sentAt: t });
    messages.push({ id: `${w}-${k}-b`, sender: 'B', sentAt: t + 60_000 });
    messages.push({ id: `${w}-${k}-c`, sender: 'C', sentAt: t + 120_000, mentions: k === 0 ? ['A'] : [] });
  }
  return messages;
}

describe('the indicators of a window and a member across windows', () => {
  it('names every indicator of one window', () => {
    const messages = weekOfChat(0);
    const result = windowIndicators(interactionNetwork(messages, { roster, from: start, to: start + week }));
    // B → A (response), C → B (response), C → A (mention); A's next round is 58 minutes after C: no response
    expect(result.members.map((m) => [m.member, m.outDegree, m.inDegree, m.role])).toEqual([
      ['A', 0, 2, 'core'],
      ['B', 1, 1, 'core'],
      ['C', 2, 0, 'core'],
      ['D', 0, 0, 'silent'],
    ]);
    expect(result.density.directed).toBeCloseTo(3 / 12, 15);
    expect(result.activeShare).toBe(0.75);
    expect(result.members[1]?.betweenness).toBe(0); // C reaches A directly
  });

  it('follows C replying to fewer members week by week to a marginalisation flag', () => {
    const everyone = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
    const others = everyone.filter((m) => m !== 'C');
    // week w: each other member posts once, an hour apart; C quotes the first 7 − w of them a minute later
    const messages = [0, 1, 2, 3, 4, 5, 6].flatMap((w) =>
      others.flatMap((sender, k): ChatMessageRecord[] => {
        const t = start + w * week + k * 3_600_000;
        const post = { id: `${w}-${sender}`, sender, sentAt: t };
        const reply = { id: `${w}-C-${sender}`, sender: 'C', sentAt: t + 60_000, quotedMessageId: post.id };
        return k < 7 - w ? [post, reply] : [post];
      }),
    );
    const windows = [0, 1, 2, 3, 4, 5, 6].map((w) =>
      windowIndicators(
        interactionNetwork(messages, { roster: everyone, from: start + w * week, to: start + (w + 1) * week }),
      ),
    );
    const c = memberWindows(windows, 'C');
    expect(c.map((w) => w.sent)).toEqual([7, 6, 5, 4, 3, 2, 1]);
    // out-degree 7 − w over n − 1 = 7 (nobody answers C)
    c.forEach((w, i) => {
      expect(w.centrality).toBeCloseTo((7 - i) / 7, 15);
    });
    const result = marginalisation(c);
    // strictly falling over 7 windows: S = −21, Var = 7·6·19/18, Z = −20/√Var ≈ −3.00, p ≈ 0.0027 < 0.05
    expect(result.centralityTrend?.s).toBe(-21);
    expect(result.flagged).toBe(true);
    // A is quoted by C every week (in-degree 1 of 7): steady, not flagged (and never sent 3 in a week)
    expect(marginalisation(memberWindows(windows, 'A'))).toMatchObject({ flagged: false, firstActiveWindow: null });
  });
});
