import { describe, expect, it } from 'vitest';
import { checkNewOrganization } from './rules';
import { countByStage, stagesOf } from './stages';
import { civilCategoryOf, organizationTypes } from './types';

describe('growth stages', () => {
  it('counts every stage of the model in order, zero where empty, and keeps the unassessed apart', () => {
    const result = countByStage('five_stage', ['seed', 'seed', 'big_tree', null, 'v2']);
    expect(result.counts).toEqual([
      { stage: 'nurturing', count: 0 },
      { stage: 'seed', count: 2 },
      { stage: 'sapling', count: 0 },
      { stage: 'small_tree', count: 0 },
      { stage: 'big_tree', count: 1 },
    ]);
    expect(result.unassessed).toBe(2);
  });

  it('offers the three models of the seeds', () => {
    expect(stagesOf('one_two')).toEqual(['emergence', 'v1', 'v2']);
    expect(stagesOf('lifecycle')).toContain('regression');
  });
});

describe('organization types', () => {
  it('fold into the four civil-affairs categories', () => {
    const categories = new Set(organizationTypes.map(civilCategoryOf));
    expect([...categories].sort()).toEqual(['charity', 'culture_recreation', 'neighbour_help', 'resident_service']);
  });
});

describe('a new organization', () => {
  const base = {
    name: '合唱团',
    organizationType: 'culture_recreation' as const,
    orientation: 'self_benefit' as const,
    homeCommunityId: 'c1',
    servedCommunityIds: [],
  };
  it('cannot be founded in the future', () => {
    expect(checkNewOrganization({ ...base, foundedOn: '2026-07-01' }, '2026-06-30')).toMatchObject({
      ok: false,
      error: { code: 'organization.future_founding' },
    });
    expect(checkNewOrganization({ ...base, foundedOn: '2026-06-30' }, '2026-06-30').ok).toBe(true);
  });

  it('serves each community once, and its home is not listed as served', () => {
    const result = checkNewOrganization({ ...base, servedCommunityIds: ['c1', 'c2', 'c2'] }, '2026-06-30');
    expect(result).toMatchObject({ ok: true, value: { servedCommunityIds: ['c2'] } });
  });
});
