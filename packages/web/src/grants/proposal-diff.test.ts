import { type ProposalContent, proposalContentSchema } from '@seedbed/core';
import { describe, expect, it } from 'vitest';
import { diffProposals, lineAmountChangeFen } from './proposal-diff';

const base: ProposalContent = proposalContentSchema.parse({
  title: '楼道花园',
  goal: '三个楼道变成花园',
  planItems: [
    { key: 'p1', title: '清理楼道' },
    { key: 'p2', title: '一起种花' },
  ],
  budgetLines: [
    { key: 'b1', category: 'materials', item: '花苗', unitPriceFen: 500, quantity: 200 },
    { key: 'b2', category: 'materials', item: '花盆', unitPriceFen: 250, quantity: 200 },
  ],
  targets: [{ text: '参与的邻居', quantity: 30, unit: '人' }],
});

describe('the diff between two versions', () => {
  it('finds nothing between a version and itself, nor in a reordered budget', () => {
    expect(diffProposals(base, base)).toEqual([]);
    const reordered = { ...base, budgetLines: [...base.budgetLines].reverse() };
    expect(diffProposals(base, reordered)).toEqual([]);
  });

  it('names a changed text field with both values', () => {
    expect(diffProposals(base, { ...base, goal: '五个楼道' })).toEqual([
      { kind: 'field', field: 'goal', before: '三个楼道变成花园', after: '五个楼道' },
    ]);
  });

  it('matches budget lines by key: added, removed and changed, with the amount moved', () => {
    const after: ProposalContent = {
      ...base,
      budgetLines: [
        { ...base.budgetLines[0]!, quantity: 100 },
        { key: 'b3', category: 'printing', item: '海报', unitPriceFen: 1_000, quantity: 3, justification: '' },
      ],
    };
    const lines = diffProposals(base, after).filter((change) => change.kind === 'line');
    expect(lines.map((change) => [change.change, change.line.key])).toEqual([
      ['removed', 'b2'],
      ['changed', 'b1'],
      ['added', 'b3'],
    ]);
    // ¥500.00 of pots went; ¥1,000.00 of seedlings became ¥500.00; ¥30.00 of posters came.
    expect(lines.map(lineAmountChangeFen)).toEqual([-50_000, -50_000, 3_000]);
  });

  it('matches plan items by key, so editing one item is one change', () => {
    const after = { ...base, planItems: [base.planItems[0]!, { key: 'p2', title: '一起种花和浇水', description: '' }] };
    expect(diffProposals(base, after)).toEqual([
      { kind: 'plan', change: 'changed', key: 'p2', before: '一起种花', after: '一起种花和浇水' },
    ]);
  });

  it('shows a whole list that changed with its rows before and after', () => {
    const after = { ...base, targets: [{ text: '参与的邻居', quantity: 40, unit: '人' }] };
    expect(diffProposals(base, after)).toEqual([
      { kind: 'list', field: 'targets', before: ['参与的邻居 30人'], after: ['参与的邻居 40人'] },
    ]);
  });
});
