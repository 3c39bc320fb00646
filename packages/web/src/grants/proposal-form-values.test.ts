import { proposalContentSchema } from '@seedbed/core';
import { describe, expect, it } from 'vitest';
import {
  emptyProposalValues,
  nextRowKey,
  proposalValuesOf,
  rowsWithProblems,
  toProposalContent,
  typedLineFen,
  typedTotalFen,
} from './proposal-form-values';

const line = (unitPrice: string, quantity: string) => ({
  key: 'b1',
  category: 'materials' as const,
  item: '花苗',
  unitPrice,
  quantity,
  justification: '',
});

describe('the typed budget', () => {
  it('totals each line from yuan text in integer fen, with no float in between', () => {
    expect(typedLineFen(line('0.10', '3'))).toBe(30);
    expect(typedLineFen(line('12.5', '200'))).toBe(250_000);
    expect(typedTotalFen([line('0.10', '3'), line('1,500', '2'), line('abc', '2'), line('5', '')])).toBe(300_030);
  });

  it('leaves a line without a price or count out of the total', () => {
    expect(typedLineFen(line('5.123', '2'))).toBeNull();
    expect(typedLineFen(line('5', '1.5'))).toBeNull();
  });
});

describe('the form and the content', () => {
  it('asks only for a title: an otherwise empty form is valid content, blank rows dropped', () => {
    const values = {
      ...emptyProposalValues(),
      title: '楼道花园',
      budgetLines: [{ ...line('', ''), item: '' }],
      targets: [{ text: '', quantity: '', unit: '' }],
    };
    const parsed = proposalContentSchema.safeParse(toProposalContent(values));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.budgetLines).toEqual([]);
  });

  it('turns a price that is not an amount into one the schema refuses at that line', () => {
    const parsed = proposalContentSchema.safeParse(
      toProposalContent({ ...emptyProposalValues(), title: 't', budgetLines: [line('5.123', '2')] }),
    );
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['budgetLines', 0, 'unitPriceFen']);
  });

  it('reads a saved version back into the same content', () => {
    const content = proposalContentSchema.parse({
      title: '楼道花园',
      budgetLines: [{ key: 'b1', category: 'materials', item: '花苗', unitPriceFen: 1_250, quantity: 3 }],
      otherSupport: [{ kind: 'self_raised', amountFen: 20_000 }],
      projectMonths: 4,
    });
    expect(proposalContentSchema.parse(toProposalContent(proposalValuesOf(content)))).toEqual(content);
  });

  it('makes a new row key that no row holds', () => {
    expect(nextRowKey('b', [{ key: 'b1' }, { key: 'b2' }])).toBe('b3');
    expect(nextRowKey('b', [{ key: 'b2' }])).toBe('b3');
  });
});

describe('problems on rows', () => {
  it('points a problem of the sent content at the row on screen, past blank rows', () => {
    const values = {
      ...emptyProposalValues(),
      title: 't',
      budgetLines: [{ ...line('', ''), item: '' }, line('5.123', '2')],
    };
    expect([...rowsWithProblems(values, ['budgetLines.0.unitPriceFen', 'title'])]).toEqual(['budgetLines.1']);
  });
});
