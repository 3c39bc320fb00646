import { z } from 'zod';
import { type Digraph, digraphFromEdges } from './digraph';

/**
 * The interaction graph of one group in one window (issue 19): who addressed whom, from three kinds of
 * evidence, each counted separately and weighted by the caller:
 * - `reply`: a message quoting another member's message points at the quoted message's author;
 * - `mention`: an @mention points at the member mentioned;
 * - `response`: response-in-turn — when the speaker changes and the new turn starts within the gap
 *   (default 5 minutes) after the previous turn's last message, the new speaker responds to the
 *   previous one. A turn is a run of consecutive messages by one sender; it responds once.
 * An edge's weight is Σ_kind count × weight(kind); a kind weighted 0 adds nothing (an edge with weight 0
 * is left out). Self-interactions (quoting or mentioning oneself) are not edges.
 * Members on the roster who never speak are nodes too: they are the periphery seed 002 asks about.
 */
export const interactionKinds = ['reply', 'mention', 'response'] as const;
export type InteractionKind = (typeof interactionKinds)[number];

export const chatNetworkSettingsSchema = z.object({
  responseGapMinutes: z.number().int().min(1).max(1440).default(5),
  weights: z
    .object({
      reply: z.number().min(0).max(100).default(1),
      mention: z.number().min(0).max(100).default(1),
      response: z.number().min(0).max(100).default(1),
    })
    .default({ reply: 1, mention: 1, response: 1 }),
});
export type ChatNetworkSettings = z.infer<typeof chatNetworkSettingsSchema>;
export const defaultChatNetworkSettings: ChatNetworkSettings = chatNetworkSettingsSchema.parse({});

/** One imported message's metadata (no text): who, when, whom it quoted and mentioned. */
export interface ChatMessageRecord {
  readonly id: string;
  /** the sender's stable key in this group (a member id or a pseudonym) */
  readonly sender: string;
  /** epoch milliseconds */
  readonly sentAt: number;
  readonly quotedMessageId?: string | null;
  /** the quoted message's author when the export names it but the message itself is not at hand */
  readonly quotedSender?: string | null;
  readonly mentions?: readonly string[];
}

export interface InteractionEdge {
  readonly source: string;
  readonly target: string;
  readonly reply: number;
  readonly mention: number;
  readonly response: number;
  readonly weight: number;
}

export interface InteractionNetwork {
  /** node i is members[i]: the roster in its order, then anyone else who spoke or was addressed */
  readonly members: readonly string[];
  readonly graph: Digraph;
  readonly edges: readonly InteractionEdge[];
  /** per node: messages sent in the window */
  readonly sent: readonly number[];
  /** per node: of those, how many got a response (quoted by another member, or answered in turn) */
  readonly answered: readonly number[];
}

export interface InteractionWindow {
  readonly roster: readonly string[];
  /** the window [from, to) in epoch milliseconds */
  readonly from: number;
  readonly to: number;
  readonly settings?: ChatNetworkSettings;
}

/**
 * Builds the network of a window from the group's messages. Pass the messages around the window too:
 * a quote or a turn just before `from` is how a message inside it finds whom it answered, and an
 * answer just after `to` is how a message inside it counts as answered.
 */
export function interactionNetwork(
  messages: readonly ChatMessageRecord[],
  window: InteractionWindow,
): InteractionNetwork {
  const settings = window.settings ?? defaultChatNetworkSettings;
  const gap = settings.responseGapMinutes * 60_000;
  const ordered = messages
    .map((message, index) => ({ message, index }))
    .sort((a, b) => a.message.sentAt - b.message.sentAt || a.index - b.index)
    .map(({ message }) => message);
  const byId = new Map(ordered.map((message) => [message.id, message]));
  const inWindow = (message: ChatMessageRecord) => message.sentAt >= window.from && message.sentAt < window.to;

  const counts = new Map<
    string,
    { source: string; target: string; reply: number; mention: number; response: number }
  >();
  const add = (source: string, target: string, kind: InteractionKind) => {
    if (source === target) return;
    const key = JSON.stringify([source, target]);
    const edge = counts.get(key) ?? { source, target, reply: 0, mention: 0, response: 0 };
    edge[kind]!++;
    counts.set(key, edge);
  };
  const answeredIds = new Set<string>();
  let turnEnd: ChatMessageRecord | undefined; // last message of the previous turn
  let current: ChatMessageRecord | undefined; // last message seen
  for (const message of ordered) {
    const quoted = message.quotedMessageId ? byId.get(message.quotedMessageId) : undefined;
    const quotedSender = quoted?.sender ?? message.quotedSender ?? undefined;
    if (quoted && quoted.sender !== message.sender) answeredIds.add(quoted.id);
    if (current && current.sender !== message.sender) turnEnd = current;
    const startsTurn = !current || current.sender !== message.sender;
    const respondsInTurn = startsTurn && turnEnd !== undefined && message.sentAt - turnEnd.sentAt <= gap;
    if (respondsInTurn && turnEnd) answeredIds.add(turnEnd.id);
    if (inWindow(message)) {
      if (quotedSender) add(message.sender, quotedSender, 'reply');
      for (const mentioned of new Set(message.mentions ?? [])) add(message.sender, mentioned, 'mention');
      if (respondsInTurn && turnEnd) add(message.sender, turnEnd.sender, 'response');
    }
    current = message;
  }

  const members = [...new Set(window.roster)];
  const index = new Map(members.map((member, i) => [member, i]));
  const node = (member: string) => {
    let i = index.get(member);
    if (i === undefined) {
      i = members.length;
      members.push(member);
      index.set(member, i);
    }
    return i;
  };
  for (const message of ordered) if (inWindow(message)) node(message.sender);
  const edges: InteractionEdge[] = [];
  for (const edge of counts.values()) {
    const { weights } = settings;
    const weight = edge.reply * weights.reply + edge.mention * weights.mention + edge.response * weights.response;
    if (weight > 0) edges.push({ ...edge, weight });
  }
  edges.sort((a, b) => node(a.source) - node(b.source) || node(a.target) - node(b.target));
  const graph = digraphFromEdges(
    members.length,
    edges.map((edge) => ({ source: node(edge.source), target: node(edge.target), weight: edge.weight })),
  );
  const sent = members.map(() => 0);
  const answered = members.map(() => 0);
  for (const message of ordered) {
    if (!inWindow(message)) continue;
    sent[node(message.sender)]!++;
    if (answeredIds.has(message.id)) answered[node(message.sender)]!++;
  }
  return { members, graph, edges, sent, answered };
}
