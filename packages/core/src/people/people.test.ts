import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPhone } from './contact';
import { isSimilarPersonName, nameEditDistance, personDuplicateReason } from './duplicates';
import {
  checkPersonConsent,
  checkPersonFacts,
  checkPersonMerge,
  checkTrustMove,
  isChildUnder14,
  needsMoreVisits,
  personAgeOn,
} from './rules';
import { personCreateInputSchema } from './schemas';
import { trustStages } from './types';

const today = '2026-06-30';

describe('children under 14', () => {
  it('counts age from a birth date exactly, birthday included', () => {
    expect(personAgeOn({ birthDate: '2012-06-30' }, today)).toBe(14);
    expect(personAgeOn({ birthDate: '2012-07-01' }, today)).toBe(13);
    expect(isChildUnder14({ birthDate: '2012-07-01' }, today)).toBe(true);
    expect(isChildUnder14({ birthDate: '2012-06-30' }, today)).toBe(false);
  });

  it('with a birth year only, takes the younger possible age (a maybe-13 is a child)', () => {
    expect(isChildUnder14({ birthYear: 2012 }, today)).toBe(true);
    expect(isChildUnder14({ birthYear: 2011 }, today)).toBe(false);
    expect(isChildUnder14({}, today)).toBe(false);
  });

  it('refuses a phone number for a child, and allows it for an adult', () => {
    const child = checkPersonFacts({ phone: '13812341234', birthYear: 2016 }, today);
    expect(child).toEqual({ ok: false, error: { code: 'person.child_phone' } });
    expect(checkPersonFacts({ phone: null, birthYear: 2016 }, today).ok).toBe(true);
    expect(checkPersonFacts({ phone: '13812341234', birthYear: 1958 }, today).ok).toBe(true);
  });

  it('refuses births in the future and a birth year that disagrees with the date', () => {
    expect(checkPersonFacts({ birthDate: '2026-07-01' }, today)).toMatchObject({
      error: { code: 'person.future_birth' },
    });
    expect(checkPersonFacts({ birthYear: 1960, birthDate: '1961-01-01' }, today)).toMatchObject({
      error: { code: 'person.birth_mismatch' },
    });
  });

  it('needs a guardian for a child’s consent', () => {
    expect(checkPersonConsent({}, { birthYear: 2016 }, today)).toMatchObject({
      error: { code: 'person.guardian_required' },
    });
    expect(checkPersonConsent({ guardianName: '李梅', guardianRelation: '母亲' }, { birthYear: 2016 }, today).ok).toBe(
      true,
    );
    expect(checkPersonConsent({}, { birthYear: 1960 }, today).ok).toBe(true);
  });
});

describe('trust stages', () => {
  it('move up and down with a reason, never to the same stage', () => {
    expect(checkTrustMove('stranger', 'acquainted', '第二次走访聊了很久')).toEqual({ ok: true, value: 'up' });
    expect(checkTrustMove('trust', 'initial_trust', '活动后有误会')).toEqual({ ok: true, value: 'down' });
    expect(checkTrustMove('acquainted', 'acquainted', '无')).toMatchObject({
      error: { code: 'person.trust_unchanged' },
    });
    expect(checkTrustMove('stranger', 'trust', '  ')).toMatchObject({ error: { code: 'person.trust_reason' } });
  });

  it('reads direction from the order 陌生 → 熟络 → 初步信任 → 信任, for every pair', () => {
    fc.assert(
      fc.property(fc.constantFrom(...trustStages), fc.constantFrom(...trustStages), (from, to) => {
        const result = checkTrustMove(from, to, 'reason');
        if (from === to) return !result.ok;
        return result.ok && result.value === (trustStages.indexOf(to) > trustStages.indexOf(from) ? 'up' : 'down');
      }),
    );
  });

  it('nudges people with fewer than two visits', () => {
    expect([0, 1, 2, 5].map(needsMoreVisits)).toEqual([true, true, false, false]);
  });
});

describe('duplicates', () => {
  const person = (id: string, name: string, phone: string | null, communityId: string | null = 'c1') => ({
    id,
    name,
    phone,
    communityId,
  });

  it('flags the same phone anywhere, and similar names only in the same community', () => {
    expect(personDuplicateReason(person('a', '王芳', '13800000001'), person('b', '李强', '13800000001', 'c2'))).toBe(
      'same_phone',
    );
    expect(personDuplicateReason(person('a', '张秀英', null), person('b', '张 秀英', null))).toBe('similar_name');
    expect(personDuplicateReason(person('a', '张秀英', null), person('b', '张秀兰', null))).toBe('similar_name');
    expect(personDuplicateReason(person('a', '张秀英', null), person('b', '张秀英', null, 'c2'))).toBeNull();
    expect(personDuplicateReason(person('a', '王芳', null), person('b', '王丽', null))).toBeNull();
    expect(personDuplicateReason(person('a', '张秀英', null), person('b', '李秀英', null))).toBeNull();
    expect(personDuplicateReason(person('a', '张秀英', null), person('a', '张秀英', null))).toBeNull();
    const born = (p: ReturnType<typeof person>, birthYear: number) => ({ ...p, birthYear });
    expect(
      personDuplicateReason(born(person('a', '张秀英', null), 1950), born(person('b', '张秀英', null), 1985)),
    ).toBeNull();
    expect(
      personDuplicateReason(born(person('a', '张秀英', null), 1950), born(person('b', '张秀英', null), 1951)),
    ).toBe('similar_name');
  });

  it('edit distance is symmetric and zero only for equal names', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), (a, b) => {
        const d = nameEditDistance(a, b);
        return d === nameEditDistance(b, a) && (d === 0) === (a === b);
      }),
    );
    expect(isSimilarPersonName('', '')).toBe(false);
  });

  it('refuses a merge of a person into themselves', () => {
    expect(checkPersonMerge('x', 'x')).toMatchObject({ error: { code: 'person.merge_self' } });
    expect(checkPersonMerge('x', 'y').ok).toBe(true);
  });
});

describe('the person form', () => {
  it('needs only a name and a community, and rejects a malformed phone', () => {
    const communityId = '5b0f2c44-3d1e-4c3a-9f59-0e0a1c2b3d4e';
    expect(personCreateInputSchema.safeParse({ name: '赵大姐', communityId }).success).toBe(true);
    expect(personCreateInputSchema.safeParse({ name: '赵大姐', communityId, phone: '1234' }).success).toBe(false);
    expect(maskPhone('13812341234')).toBe('138****1234');
  });
});
