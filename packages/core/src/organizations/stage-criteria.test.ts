import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseOutcomesToCsv } from './case-outcomes';
import { checkAssessment, checkChange } from './rules';
import { evaluateStages, nextStage, type OrganizationFacts, stageDefinitions } from './stage-criteria';
import { stageModels, stagesOf } from './stages';

const facts: OrganizationFacts = {
  memberCount: 34,
  communitiesServed: 1,
  filingStatus: 'filed',
  publicActivitiesLast6Months: null,
};

describe('stage criteria', () => {
  it('compute the small tree’s own account and own money from the cash book, not a tick', () => {
    const smallTree = (book: Partial<OrganizationFacts>) =>
      Object.fromEntries(
        (evaluateStages('five_stage', { ...facts, ...book }).find((s) => s.stage === 'small_tree')?.criteria ?? []).map(
          (c) => [c.id, [c.status, c.value]],
        ),
      );
    expect(smallTree({})).toMatchObject({
      own_account: ['not_measurable', null],
      own_fundraising: ['not_measurable', null],
    });
    expect(smallTree({ keepsOwnBook: true, ownIncomeLast12MonthsFen: 250050 })).toMatchObject({
      own_account: ['met', null],
      own_fundraising: ['met', '¥2,500.50'],
    });
    expect(smallTree({ keepsOwnBook: false, ownIncomeLast12MonthsFen: 0 })).toMatchObject({
      own_account: ['not_met', null],
      own_fundraising: ['not_met', '¥0.00'],
    });
  });

  it('define every stage of every model, in the model’s order', () => {
    for (const model of Object.keys(stageModels) as (keyof typeof stageModels)[])
      expect(stageDefinitions[model].map((d) => d.stage)).toEqual(stagesOf(model));
  });

  it('measure what the records hold and leave the rest to staff', () => {
    const sapling = evaluateStages('five_stage', facts).find((s) => s.stage === 'sapling');
    const byId = Object.fromEntries((sapling?.criteria ?? []).map((c) => [c.id, c.status]));
    expect(byId).toEqual({
      association_30_members: 'met',
      team_rules: 'staff_check',
      public_affairs: 'staff_check',
      public_activities: 'not_measurable',
    });
  });

  it('count a legal entity only when registered, and several communities from two', () => {
    const stages = evaluateStages('five_stage', { ...facts, filingStatus: 'filed', communitiesServed: 2 });
    const statusOf = (id: string) => stages.flatMap((s) => s.criteria).find((c) => c.id === id)?.status;
    expect(statusOf('legal_entity')).toBe('not_met');
    expect(statusOf('several_communities')).toBe('met');
    const registered = evaluateStages('five_stage', { ...facts, filingStatus: 'registered' });
    expect(registered.flatMap((s) => s.criteria).find((c) => c.id === 'legal_entity')?.status).toBe('met');
  });

  it('meet a counting criterion exactly from its threshold up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), (memberCount) => {
        const stages = evaluateStages('five_stage', { ...facts, memberCount });
        const criterion = stages.flatMap((s) => s.criteria).find((c) => c.id === 'association_30_members');
        expect(criterion?.status).toBe(memberCount >= 30 ? 'met' : 'not_met');
        expect(criterion?.value).toBe(memberCount);
      }),
    );
  });

  it('point the empowerment at the next stage; none above the top; regression aims at growth', () => {
    expect(nextStage('five_stage', null)).toBe('nurturing');
    expect(nextStage('five_stage', 'seed')).toBe('sapling');
    expect(nextStage('five_stage', 'big_tree')).toBeNull();
    expect(nextStage('lifecycle', 'regression')).toBe('growth');
    expect(nextStage('lifecycle', 'mature')).toBeNull();
  });
});

describe('a stage assessment', () => {
  const base = { assessedOn: '2026-06-01', criteria: [], evidence: [] };
  it('needs evidence where the model requires it', () => {
    expect(checkAssessment({ ...base, stage: 'sapling' }, 'five_stage', '2026-06-30')).toMatchObject({
      ok: false,
      error: { code: 'organization.assessment_needs_evidence' },
    });
    const claimedWithout = {
      ...base,
      stage: 'sapling' as const,
      criteria: [
        { criterionId: 'team_rules', met: true, evidence: '队规照片 https://example.org/rules' },
        { criterionId: 'public_affairs', met: true },
      ],
    };
    expect(checkAssessment(claimedWithout, 'five_stage', '2026-06-30').ok).toBe(false);
    expect(checkAssessment({ ...claimedWithout, evidence: ['追踪日志 2026-05'] }, 'five_stage', '2026-06-30').ok).toBe(
      true,
    );
  });

  it('does not need evidence for the first stage', () => {
    expect(checkAssessment({ ...base, stage: 'nurturing' }, 'five_stage', '2026-06-30').ok).toBe(true);
  });

  it('refuses a stage of another model, an unknown criterion and a future date', () => {
    const evidence = ['note'];
    expect(checkAssessment({ ...base, evidence, stage: 'v2' }, 'five_stage', '2026-06-30')).toMatchObject({
      error: { code: 'organization.stage_not_in_model' },
    });
    expect(
      checkAssessment(
        { ...base, evidence, stage: 'seed', criteria: [{ criterionId: 'legal_entity', met: true }] },
        'five_stage',
        '2026-06-30',
      ),
    ).toMatchObject({ error: { code: 'organization.unknown_criterion' } });
    expect(
      checkAssessment({ ...base, evidence, stage: 'seed', assessedOn: '2026-07-01' }, 'five_stage', '2026-06-30'),
    ).toMatchObject({ error: { code: 'organization.future_date' } });
  });
});

describe('a dated change', () => {
  it('needs a reason to dissolve', () => {
    const change = { field: 'status' as const, value: 'dissolved', changedOn: '2026-05-01' };
    expect(checkChange(change, '2026-06-30')).toMatchObject({ error: { code: 'organization.dissolve_needs_reason' } });
    expect(checkChange({ ...change, reason: '队长搬走' }, '2026-06-30').ok).toBe(true);
  });
});

describe('the case outcome CSV', () => {
  it('starts with a BOM, quotes commas and quotes, and defuses formulas', () => {
    const csv = caseOutcomesToCsv(
      [
        {
          id: 'x',
          organizationId: null,
          organizationName: '助老队',
          personId: null,
          personName: null,
          recordedOn: '2026-05-01',
          difficulty: '没有场地，"很难"',
          staffAction: '=1+1',
          change: '有了固定活动室',
          background: null,
        },
      ],
      ['日期', '自组织', '个人', '困境', '社工动作', '改变', '背景'],
    );
    expect(csv.startsWith('\uFEFF日期,')).toBe(true);
    expect(csv).toContain('"没有场地，""很难"""');
    expect(csv).toContain(",'=1+1,");
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
