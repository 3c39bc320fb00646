import { normalisePersonName } from './rules';

/**
 * Merging two records of one activity (seed 002: 既不重复又不遗漏). Staff confirm that record B
 * (`merged`) describes the same activity as record A (`kept`); everything of B moves to A and
 * nothing either side wrote is lost. Each rule here is pure; the store applies them in one
 * transaction.
 */

/** A text and who wrote it, as the merge sees it. */
export interface AuthoredText {
  text: string | null;
  /** The author's display name; null when unknown (an imported record). */
  authorName: string | null;
}

/**
 * Both authors' text is kept. When only one side wrote something, that text is the result; when
 * both wrote the same thing (ignoring surrounding spaces), it is kept once; when the kept text
 * already contains the other whole (a merge repeated), nothing is added; otherwise the other
 * text is appended after a separator line that names its author, so a reader can tell whose words
 * are whose. Null when neither wrote anything.
 */
export function mergeTexts(kept: AuthoredText, merged: AuthoredText): string | null {
  const a = kept.text?.trim() ?? '';
  const b = merged.text?.trim() ?? '';
  if (!b) return a || null;
  if (!a) return b;
  if (a === b || a.includes(b)) return a;
  return `${a}\n\n${mergeSeparator(merged.authorName)}\n${b}`;
}

/** The line between the two texts: stored with the record, in the records' language (Chinese). */
export function mergeSeparator(authorName: string | null): string {
  return `—— 以下合并自${authorName ? ` ${authorName} ` : '另一份'}的记录 ——`;
}

export interface HeadCounts {
  organizerCount: number;
  servedCount: number;
}

/**
 * The merged head counts are the larger of the two, for each count. Both records count the same
 * people from two viewpoints, so adding them would count everyone twice; and each is usually an
 * undercount (staff arrive late or leave early and count who they saw; a leader forgets passers-by),
 * so the larger is the better lower bound of who was really there.
 */
export function mergeHeadCounts(kept: HeadCounts, merged: HeadCounts): HeadCounts {
  return {
    organizerCount: Math.max(kept.organizerCount, merged.organizerCount),
    servedCount: Math.max(kept.servedCount, merged.servedCount),
  };
}

export interface MergeParticipant {
  id: string;
  personId: string | null;
  guestName: string | null;
  role: 'organizer' | 'participant';
}

/**
 * Participants after a merge: each person once (by person id), each guest once (by name as people
 * type it: spaces and case ignored), organizer when either record says so. The answer says which
 * of B's rows move to A, which are dropped as repeats, and which of A's rows become organizers.
 */
export function mergeParticipants(kept: readonly MergeParticipant[], merged: readonly MergeParticipant[]) {
  const keyOf = (p: MergeParticipant) =>
    p.personId ? `person:${p.personId}` : `guest:${normalisePersonName(p.guestName ?? '')}`;
  const byKey = new Map(kept.map((p) => [keyOf(p), p]));
  const move: string[] = [];
  const drop: string[] = [];
  const promote = new Set<string>();
  for (const p of merged) {
    const key = keyOf(p);
    const existing = byKey.get(key);
    if (!existing) {
      byKey.set(key, p);
      move.push(p.id);
      continue;
    }
    drop.push(p.id);
    if (p.role === 'organizer' && existing.role === 'participant') promote.add(existing.id);
  }
  return { move, drop, promote: [...promote] };
}

export interface MergeMedia {
  id: string;
  kind: string;
  contentHash: string;
  position: number;
}

/**
 * Media after a merge: every photo of both records is kept (even past the five the form allows:
 * losing what someone sent is worse than a long gallery). The same bytes on both sides (the same
 * photo sent twice) are one file: A's copy stays, B's is dropped. B's files keep their order and
 * come after A's of the same kind, so positions never collide.
 */
export function mergeMedia(kept: readonly MergeMedia[], merged: readonly MergeMedia[]) {
  const hashes = new Set(kept.map((m) => m.contentHash));
  const next = new Map<string, number>();
  for (const m of kept) next.set(m.kind, Math.max(next.get(m.kind) ?? 0, m.position + 1));
  const move: { id: string; position: number }[] = [];
  const drop: string[] = [];
  for (const m of [...merged].sort((x, y) => x.position - y.position)) {
    if (hashes.has(m.contentHash)) {
      drop.push(m.id);
      continue;
    }
    hashes.add(m.contentHash);
    const position = next.get(m.kind) ?? 0;
    next.set(m.kind, position + 1);
    move.push({ id: m.id, position });
  }
  return { move, drop };
}

/** Self sign-ins after a merge: one per identity key (the same person signing in on both links counts once). */
export function mergeSignIns<T extends { id: string; identityKey: string }>(kept: readonly T[], merged: readonly T[]) {
  const keys = new Set(kept.map((s) => s.identityKey));
  const move: string[] = [];
  const drop: string[] = [];
  for (const s of merged) {
    if (keys.has(s.identityKey)) drop.push(s.id);
    else {
      keys.add(s.identityKey);
      move.push(s.id);
    }
  }
  return { move, drop };
}

/** A list field (co-hosts, beneficiary groups): A's items, then B's new ones, each once. */
export function mergeLists<T>(kept: readonly T[], merged: readonly T[]): T[] {
  return [...new Set([...kept, ...merged])];
}

/** What decides which of two records staff are offered to keep. */
export interface KeepCandidate {
  id: string;
  createdByTracking: boolean;
  recordedByOrganization: boolean;
}

/**
 * The record the merge screen chooses first: the organization's own record, as its leader or a
 * member wrote it (their account of what they did is authoritative); then one staff entered for
 * them (补录); a record made by a staff tracking log last. On a tie, the earlier one.
 */
export function preferredKeep(first: KeepCandidate, second: KeepCandidate): string {
  const rank = (side: KeepCandidate) => (side.createdByTracking ? 0 : side.recordedByOrganization ? 2 : 1);
  return rank(second) > rank(first) ? second.id : first.id;
}
