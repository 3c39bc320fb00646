import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalisedChatName, rankMatchCandidates, surnameForms, surnameOf } from './sender-matching';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('suggesting people by every name a sender has', () => {
  const people = [
    { personId: id(1), name: '王秀英', isMember: true },
    { personId: id(2), name: '王桂兰', isMember: false },
    { personId: id(3), name: '李建国', isMember: true },
    { personId: id(4), name: '欧阳明', isMember: true },
    { personId: id(5), name: '张伟', isMember: true },
  ];

  it('an exact full name among the other names comes first, the name it matched shown', () => {
    const ranked = rankMatchCandidates(['王阿姨（领舞）', '王秀英'], people);
    expect(ranked.map((c) => [c.personId, c.closeness, c.matchedName])).toEqual([[id(1), 'same', '王秀英']]);
  });

  it('a nickname of a surname form suggests the team’s members of that surname only', () => {
    for (const nickname of ['王阿姨', '王姐', '老王', '小王', '🌸王大姐🌸', '舞蹈队王老师']) {
      expect(rankMatchCandidates(nickname, people).map((c) => [c.personId, c.closeness])).toEqual([
        [id(1), 'surname_form'],
      ]);
    }
    expect(rankMatchCandidates('老李', people).map((c) => c.personId)).toEqual([id(3)]);
    expect(rankMatchCandidates('欧阳阿姨', people).map((c) => c.personId)).toEqual([id(4)]);
    // 欧阳明's surname is 欧阳: 老欧 is no form of it
    expect(rankMatchCandidates('老欧', people)).toEqual([]);
  });

  it('a nickname that contains the person’s name ranks before a surname form, members first', () => {
    const ranked = rankMatchCandidates(['老王', '桂兰王秀英'], people);
    expect(ranked.map((c) => [c.personId, c.closeness, c.matchedName])).toEqual([[id(1), 'contains', '桂兰王秀英']]);
    const both = rankMatchCandidates(['王桂兰的女儿', '王姐'], people);
    expect(both.map((c) => [c.personId, c.closeness])).toEqual([
      [id(2), 'contains'],
      [id(1), 'surname_form'],
    ]);
  });

  it('reads surnames of Han names only, with the common compound ones', () => {
    expect([surnameOf('王秀英'), surnameOf('欧阳明'), surnameOf('欧阳'), surnameOf('王'), surnameOf('Anna')]).toEqual([
      '王',
      '欧阳',
      '欧',
      null,
      null,
    ]);
    expect(surnameForms('王')).toEqual(expect.arrayContaining(['王阿姨', '王姐', '老王', '小王']));
  });

  it('every candidate has a reason one of the sender’s names gives (property)', () => {
    const han = fc.constantFrom(...'王李张刘陈秀英桂兰建国阿姨姐老小伟'.split(''));
    const hanName = fc.array(han, { minLength: 1, maxLength: 4 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(hanName, fc.string({ maxLength: 5 })), { maxLength: 3 }),
        fc.array(fc.record({ name: hanName, isMember: fc.boolean() }), { maxLength: 8 }),
        (names, persons) => {
          const candidates = persons.map((p, i) => ({ ...p, personId: id(i) }));
          const ranked = rankMatchCandidates(names, candidates);
          for (const c of ranked) {
            expect(names).toContain(c.matchedName);
            const sender = normalisedChatName(c.matchedName);
            const name = normalisedChatName(c.name);
            if (c.closeness === 'same') expect(sender).toBe(name);
            if (c.closeness === 'contains') expect(sender.includes(name)).toBe(true);
            if (c.closeness === 'contained') expect(name.includes(sender)).toBe(true);
            if (c.closeness === 'surname_form') {
              expect(c.isMember).toBe(true);
              expect(surnameForms(surnameOf(c.name)!).some((form) => sender.includes(form))).toBe(true);
            }
          }
          // a person matched by one name alone is matched when more names are given
          for (const name of names)
            for (const alone of rankMatchCandidates(name, candidates))
              expect(ranked.map((c) => c.personId)).toContain(alone.personId);
          // sorted: reason, then members first
          const order = ['same', 'contains', 'contained', 'surname_form'];
          for (let i = 1; i < ranked.length; i++) {
            const [a, b] = [ranked[i - 1]!, ranked[i]!];
            const byReason = order.indexOf(a.closeness) - order.indexOf(b.closeness);
            expect(byReason < 0 || (byReason === 0 && (a.isMember || !b.isMember))).toBe(true);
          }
        },
      ),
    );
  });
});
