import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorCatalogue } from '../errors';
import { checkMediaRoom, decodeCaptionHeader, mayChangeMedia, reorder } from './media-rules';
import { mediaLimits, mediaUpdateInputSchema } from './media-schemas';

describe('room for one more file', () => {
  it('takes a fifth photo on a side and refuses a sixth, naming the limit', () => {
    expect(checkMediaRoom({ kind: 'photo', existingCount: 4 }).ok).toBe(true);
    expect(checkMediaRoom({ kind: 'photo', existingCount: 5 })).toEqual({
      ok: false,
      error: { code: 'media.too_many_photos', params: { limit: 5 } },
    });
  });
  it('takes three photos of each sheet and one clip', () => {
    expect(checkMediaRoom({ kind: 'sign_in_sheet', existingCount: 2 }).ok).toBe(true);
    expect(checkMediaRoom({ kind: 'record_sheet', existingCount: 3 })).toEqual({
      ok: false,
      error: { code: 'media.too_many_sheet_photos', params: { limit: 3 } },
    });
    expect(checkMediaRoom({ kind: 'video', existingCount: 0 }).ok).toBe(true);
    expect(checkMediaRoom({ kind: 'video', existingCount: 1 })).toEqual({
      ok: false,
      error: { code: 'media.video_exists' },
    });
  });
  it('answers with 4xx codes that have messages in both languages', () => {
    for (const code of ['media.too_many_photos', 'media.too_many_sheet_photos', 'media.video_exists'] as const) {
      expect(errorCatalogue[code].status).toBe(409);
      expect(errorCatalogue[code]['zh-CN']).not.toBe('');
    }
    expect(errorCatalogue['media.too_many_photos']['zh-CN']).toContain('{limit}');
  });
});

describe('who may change or remove a file', () => {
  const org = { uploadedBy: 'u-leader', side: 'organization' } as const;
  const log = { uploadedBy: 'u-assistant', side: 'staff' } as const;
  it('lets staff and admin change anything', () => {
    for (const role of ['admin', 'incubator_staff'] as const) {
      expect(mayChangeMedia({ role, userId: 'x' }, org)).toBe(true);
      expect(mayChangeMedia({ role, userId: 'x' }, log)).toBe(true);
    }
  });
  it('lets an assistant change only their own uploads', () => {
    expect(mayChangeMedia({ role: 'incubator_assistant', userId: 'u-assistant' }, log)).toBe(true);
    expect(mayChangeMedia({ role: 'incubator_assistant', userId: 'u-other' }, log)).toBe(false);
    expect(mayChangeMedia({ role: 'incubator_assistant', userId: 'u-assistant' }, org)).toBe(false);
  });
  it("lets a leader change the organization's side, whoever uploaded it, never a staff log's", () => {
    expect(mayChangeMedia({ role: 'organization_leader', userId: 'u-other' }, org)).toBe(true);
    expect(mayChangeMedia({ role: 'organization_leader', userId: 'u-assistant' }, log)).toBe(false);
  });
  it('refuses everyone else', () => {
    for (const role of ['organization_member', 'community_official', 'street_official', 'funder'] as const)
      expect(mayChangeMedia({ role, userId: 'u-leader' }, org)).toBe(false);
  });
});

describe('the caption header', () => {
  it('decodes a URI-encoded Chinese caption and trims it', () => {
    expect(decodeCaptionHeader(encodeURIComponent(' 重阳节合影 '))).toEqual({ ok: true, value: '重阳节合影' });
  });
  it('is none when absent or blank', () => {
    expect(decodeCaptionHeader(undefined)).toEqual({ ok: true, value: null });
    expect(decodeCaptionHeader('%20')).toEqual({ ok: true, value: null });
  });
  it('refuses broken encoding and an over-long caption', () => {
    expect(decodeCaptionHeader('%E4%B8').ok).toBe(false);
    expect(decodeCaptionHeader(encodeURIComponent('字'.repeat(mediaLimits.captionMaxLength + 1)))).toEqual({
      ok: false,
      error: { code: 'media.caption_invalid', params: { max: mediaLimits.captionMaxLength } },
    });
    expect(decodeCaptionHeader(encodeURIComponent('字'.repeat(mediaLimits.captionMaxLength))).ok).toBe(true);
  });
});

describe('reordering', () => {
  it('moves one photo to the front and keeps the others in order', () => {
    expect(reorder(['a', 'b', 'c', 'd'], 'c', 0)).toEqual(['c', 'a', 'b', 'd']);
    expect(reorder(['a', 'b', 'c'], 'a', 99)).toEqual(['b', 'c', 'a']);
    expect(reorder(['a', 'b'], 'z', 0)).toEqual(['a', 'b']);
  });
  it('always keeps the same items, with the moved one where asked (clamped)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 8 }),
        fc.nat(10),
        fc.nat(),
        (ids, to, pick) => {
          const id = ids[pick % ids.length] as string;
          const result = reorder(ids, id, to);
          expect([...result].sort()).toEqual([...ids].sort());
          expect(result.indexOf(id)).toBe(Math.min(to, ids.length - 1));
          const others = result.filter((x) => x !== id);
          expect(others).toEqual(ids.filter((x) => x !== id));
        },
      ),
    );
  });
});

describe('changing a file', () => {
  it('needs a caption or a position', () => {
    expect(mediaUpdateInputSchema.safeParse({}).success).toBe(false);
    expect(mediaUpdateInputSchema.safeParse({ caption: null }).success).toBe(true);
    expect(mediaUpdateInputSchema.safeParse({ position: 0 }).success).toBe(true);
    expect(mediaUpdateInputSchema.safeParse({ position: -1 }).success).toBe(false);
  });
});
