import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type MergeMedia,
  type MergeParticipant,
  mergeHeadCounts,
  mergeLists,
  mergeMedia,
  mergeParticipants,
  mergeSeparator,
  mergeSignIns,
  mergeTexts,
  preferredKeep,
} from './merging';

describe('merging the two authors’ texts', () => {
  it('keeps both, the other after a line naming its author', () => {
    expect(
      mergeTexts(
        { text: '大家跳了两支新舞。', authorName: '李队长' },
        { text: '现场约三十人。', authorName: '张社工' },
      ),
    ).toBe('大家跳了两支新舞。\n\n—— 以下合并自 张社工 的记录 ——\n现场约三十人。');
  });
  it('takes the only text when one side wrote nothing', () => {
    expect(mergeTexts({ text: '', authorName: 'A' }, { text: '现场约三十人。', authorName: 'B' })).toBe(
      '现场约三十人。',
    );
    expect(mergeTexts({ text: '大家很投入', authorName: 'A' }, { text: null, authorName: 'B' })).toBe('大家很投入');
    expect(mergeTexts({ text: null, authorName: 'A' }, { text: '  ', authorName: 'B' })).toBeNull();
  });
  it('keeps the same text once, and does not append it again when merged twice', () => {
    expect(mergeTexts({ text: '同一段', authorName: 'A' }, { text: ' 同一段 ', authorName: 'B' })).toBe('同一段');
    const once = mergeTexts({ text: '甲', authorName: 'A' }, { text: '乙', authorName: 'B' });
    expect(mergeTexts({ text: once, authorName: 'A' }, { text: '乙', authorName: 'B' })).toBe(once);
  });
  it('says "another record" when the author is unknown', () => {
    expect(mergeSeparator(null)).toBe('—— 以下合并自另一份的记录 ——');
  });
  it('never loses either text (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const merged = mergeTexts({ text: a, authorName: '甲' }, { text: b, authorName: '乙' }) ?? '';
        expect(merged).toContain(a.trim());
        expect(merged).toContain(b.trim());
      }),
    );
  });
});

describe('merging head counts', () => {
  it('takes the larger of each count, never the sum', () => {
    expect(mergeHeadCounts({ organizerCount: 3, servedCount: 20 }, { organizerCount: 5, servedCount: 12 })).toEqual({
      organizerCount: 5,
      servedCount: 20,
    });
  });
  it('is at least each side and at most their sum (property)', () => {
    const count = fc.nat({ max: 100_000 });
    fc.assert(
      fc.property(count, count, count, count, (a, b, c, d) => {
        const merged = mergeHeadCounts({ organizerCount: a, servedCount: b }, { organizerCount: c, servedCount: d });
        expect(merged.organizerCount).toBeGreaterThanOrEqual(Math.max(a, c));
        expect(merged.servedCount).toBeLessThanOrEqual(b + d);
      }),
    );
  });
});

describe('merging participants', () => {
  const member = (id: string, personId: string, role: MergeParticipant['role'] = 'participant') => ({
    id,
    personId,
    guestName: null,
    role,
  });
  const guest = (id: string, guestName: string, role: MergeParticipant['role'] = 'participant') => ({
    id,
    personId: null,
    guestName,
    role,
  });
  it('keeps each person and each guest once; organizer wins', () => {
    const result = mergeParticipants(
      [member('k1', 'p1'), guest('k2', '赵阿姨')],
      [member('m1', 'p1', 'organizer'), member('m2', 'p2'), guest('m3', '赵 阿姨'), guest('m4', '钱叔叔')],
    );
    expect(result).toEqual({ move: ['m2', 'm4'], drop: ['m1', 'm3'], promote: ['k1'] });
  });
  it('keeps every distinct participant (property)', () => {
    const people = fc.array(fc.constantFrom('p1', 'p2', 'p3', 'p4'), { maxLength: 4 });
    const guests = fc.array(fc.constantFrom('王', '李', ' 王', 'Ann', 'ann'), { maxLength: 4 });
    fc.assert(
      fc.property(people, guests, people, guests, (kp, kg, mp, mg) => {
        const kept = [...[...new Set(kp)].map((p, i) => member(`k${i}`, p)), ...kg.map((g, i) => guest(`kg${i}`, g))];
        const merged = [...[...new Set(mp)].map((p, i) => member(`m${i}`, p)), ...mg.map((g, i) => guest(`mg${i}`, g))];
        const { move, drop } = mergeParticipants(kept, merged);
        expect([...move, ...drop].sort()).toEqual(merged.map((p) => p.id).sort());
        const after = [...kept, ...merged.filter((p) => move.includes(p.id))];
        const key = (p: MergeParticipant) => p.personId ?? `g:${p.guestName?.replace(/\s/g, '').toLowerCase()}`;
        const everyone = new Set([...kept, ...merged].map(key));
        expect(new Set(after.map(key))).toEqual(everyone);
        expect(after.filter((p) => p.personId).length).toBe(new Set([...kp, ...mp]).size);
      }),
    );
  });
});

describe('merging photos and sheets', () => {
  const photo = (id: string, contentHash: string, position: number, kind = 'photo'): MergeMedia => ({
    id,
    kind,
    contentHash,
    position,
  });
  it('keeps all photos, numbers the other side’s after the kept ones, and one copy of the same bytes', () => {
    const result = mergeMedia(
      [photo('k1', 'h1', 0), photo('k2', 'h2', 1), photo('ks', 'hs', 0, 'sign_in_sheet')],
      [photo('m1', 'h3', 0), photo('m2', 'h1', 1), photo('m3', 'h4', 2), photo('ms', 'ht', 0, 'record_sheet')],
    );
    expect(result.drop).toEqual(['m2']);
    expect(result.move).toEqual([
      { id: 'm1', position: 2 },
      { id: 'ms', position: 0 },
      { id: 'm3', position: 3 },
    ]);
  });
  it('keeps every distinct photo hash, with no two photos of a kind at one position (property)', () => {
    const side = (prefix: string) =>
      fc
        .uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { maxLength: 6 })
        .map((hashes) => hashes.map((h, i) => photo(`${prefix}${i}`, h, i, i % 2 ? 'photo' : 'sign_in_sheet')));
    fc.assert(
      fc.property(side('k'), side('m'), (kept, merged) => {
        const { move, drop } = mergeMedia(kept, merged);
        const moved = merged
          .filter((m) => move.some((x) => x.id === m.id))
          .map((m) => ({ ...m, position: move.find((x) => x.id === m.id)!.position }));
        const after = [...kept, ...moved];
        expect(new Set(after.map((m) => m.contentHash))).toEqual(
          new Set([...kept, ...merged].map((m) => m.contentHash)),
        );
        expect(after.length).toBe(new Set(after.map((m) => m.contentHash)).size);
        expect(new Set(after.map((m) => `${m.kind}:${m.position}`)).size).toBe(after.length);
        expect(move.length + drop.length).toBe(merged.length);
      }),
    );
  });
});

describe('merging sign-ins and lists', () => {
  it('counts a person who signed in on both links once', () => {
    expect(
      mergeSignIns(
        [{ id: 'k1', identityKey: 'phone:13800000000' }],
        [
          { id: 'm1', identityKey: 'phone:13800000000' },
          { id: 'm2', identityKey: 'name:王芳' },
        ],
      ),
    ).toEqual({ move: ['m2'], drop: ['m1'] });
  });
  it('unions lists in order', () => {
    expect(mergeLists(['elderly', 'all_residents'], ['children_youth', 'elderly'])).toEqual([
      'elderly',
      'all_residents',
      'children_youth',
    ]);
  });
});

describe('the record offered to keep', () => {
  const side = (id: string, createdByTracking: boolean, recordedByOrganization: boolean) => ({
    id,
    createdByTracking,
    recordedByOrganization,
  });
  it('is the organization’s own record over one staff entered for it, and over one a tracking log made', () => {
    expect(preferredKeep(side('staff', false, false), side('leader', false, true))).toBe('leader');
    expect(preferredKeep(side('log', true, false), side('staff', false, false))).toBe('staff');
    expect(preferredKeep(side('leader', false, true), side('log', true, false))).toBe('leader');
  });
  it('is the earlier one when both are alike', () => {
    expect(preferredKeep(side('a', false, true), side('b', false, true))).toBe('a');
    expect(preferredKeep(side('a', true, false), side('b', true, false))).toBe('a');
  });
});
