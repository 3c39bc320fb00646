import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chatTrailGroupWarnings } from './group-warnings';
import { chatAgreementInputSchema, chatTrailGroupInputSchema, isNarrowerAgreement } from './groups';
import { type ChatSender, chatSenderAsSeenBy, normalisedChatName, rankMatchCandidates } from './senders';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('a group’s record', () => {
  const group = {
    organizationId: id(1),
    name: '总群',
    platform: 'wechat',
    creationWay: 'by_organization',
    layer: 'general',
    staffIn: false,
  };
  it('asks a 分队群 for its sub-team, and only a 分队群', () => {
    expect(chatTrailGroupInputSchema.safeParse({ ...group, layer: 'squad' }).success).toBe(false);
    expect(chatTrailGroupInputSchema.safeParse({ ...group, layer: 'squad', subTeamId: id(2) }).success).toBe(true);
    expect(chatTrailGroupInputSchema.safeParse({ ...group, subTeamId: id(2) }).success).toBe(false);
  });
  it('files the 骨干管理群 under the street, never an organization', () => {
    expect(chatTrailGroupInputSchema.safeParse({ ...group, layer: 'activists' }).success).toBe(false);
    const street = { ...group, layer: 'activists', organizationId: null, streetId: id(3) };
    expect(chatTrailGroupInputSchema.safeParse(street).success).toBe(true);
    expect(chatTrailGroupInputSchema.safeParse({ ...street, streetId: undefined }).success).toBe(false);
  });
  it('warns on a group staff built (seed 002: the lively talk is where only members are)', () => {
    expect(chatTrailGroupWarnings({ creationWay: 'by_staff_on_trust', staffIn: true })).toEqual(['staff_built']);
    expect(chatTrailGroupWarnings({ creationWay: 'existing_invited_staff', staffIn: true })).toEqual(['staff_present']);
    expect(chatTrailGroupWarnings({ creationWay: 'by_organization', staffIn: false })).toEqual([]);
  });
});

describe('an agreement', () => {
  const base = { agreedByRole: 'leader', agreedOn: '2026-06-01' };
  it('keeps text only for a stated number of days', () => {
    expect(chatAgreementInputSchema.safeParse({ ...base, scope: 'analysis_and_text' }).success).toBe(false);
    expect(
      chatAgreementInputSchema.safeParse({ ...base, scope: 'analysis_and_text', textRetentionDays: 30 }).success,
    ).toBe(true);
    expect(chatAgreementInputSchema.safeParse({ ...base, scope: 'analysis', textRetentionDays: 30 }).success).toBe(
      false,
    );
  });
  it('is narrower only when it covers nothing the old one did not', () => {
    const text30 = { scope: 'analysis_and_text' as const, textRetentionDays: 30 };
    expect(isNarrowerAgreement(text30, { scope: 'analysis' })).toBe(true);
    expect(isNarrowerAgreement(text30, { scope: 'analysis_and_text', textRetentionDays: 7 })).toBe(true);
    expect(isNarrowerAgreement(text30, { scope: 'analysis_and_text', textRetentionDays: 30 })).toBe(false);
    expect(isNarrowerAgreement(text30, { scope: 'analysis_and_text', textRetentionDays: 60 })).toBe(false);
    expect(isNarrowerAgreement({ scope: 'analysis', textRetentionDays: null }, { scope: 'analysis' })).toBe(false);
  });
});

describe('matching a sender to people', () => {
  const people = [
    { personId: id(1), name: '王秀英', isMember: false },
    { personId: id(2), name: '王秀英', isMember: true },
    { personId: id(3), name: '秀英', isMember: true },
    { personId: id(4), name: '李', isMember: true },
    { personId: id(5), name: '张建国', isMember: true },
  ];
  it('ranks the same name first, members before others, then names inside the display name', () => {
    const ranked = rankMatchCandidates('🌸王秀英🌸', people);
    expect(ranked.map((c) => [c.personId, c.closeness])).toEqual([
      [id(2), 'same'],
      [id(1), 'same'],
      [id(3), 'contains'],
    ]);
  });
  it('never matches on one character inside a longer name', () => {
    expect(rankMatchCandidates('李阿姨', people)).toEqual([]);
    expect(rankMatchCandidates('李', people).map((c) => c.personId)).toEqual([id(4)]);
  });
  it('every candidate shares its name with the sender, one way or the other (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 6 }),
        fc.array(fc.record({ name: fc.string({ maxLength: 6 }), isMember: fc.boolean() }), { maxLength: 8 }),
        (displayName, names) => {
          const candidates = names.map((p, i) => ({ ...p, personId: id(i) }));
          const sender = normalisedChatName(displayName);
          for (const c of rankMatchCandidates(displayName, candidates)) {
            const name = normalisedChatName(c.name);
            expect(name === sender || sender.includes(name) || name.includes(sender)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('a sender as a role sees it', () => {
  const sender: ChatSender = {
    id: id(9),
    groupId: id(8),
    pseudonym: 'A',
    messageCount: 3,
    firstSeenAt: null,
    lastSeenAt: null,
    joinedAt: null,
    leftAt: null,
    isStaff: false,
    isMatched: true,
    displayName: '王秀英',
    person: { id: id(2), name: '王秀英' },
  };
  it('keeps names for roles that read residents, and a pseudonym for the team’s leader', () => {
    expect(chatSenderAsSeenBy('incubator_staff', sender).displayName).toBe('王秀英');
    expect(chatSenderAsSeenBy('organization_leader', sender)).toMatchObject({
      displayName: null,
      person: null,
      pseudonym: 'A',
      isMatched: true,
    });
  });
});
