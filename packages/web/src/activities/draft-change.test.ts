import { describe, expect, it } from 'vitest';
import { changedCopy } from './draft-change';
import { emptyFormValues } from './form-values';
import { newLocalActivity } from './local-store';

const draft = (title: string) => {
  const copy = newLocalActivity('org-1', emptyFormValues(new Date('2026-12-07T02:00:00Z')), null, 1);
  return { ...copy, values: { ...copy.values, title } };
};

describe('changedCopy', () => {
  it('applies values and stamps the time', () => {
    const copy = draft('广场舞');
    const next = changedCopy(copy, { values: { ...copy.values, title: '太极' } }, 5);
    expect(next?.values.title).toBe('太极');
    expect(next?.updatedAt).toBe(5);
    expect(next?.localId).toBe(copy.localId);
  });

  it('makes values from the copy as it is when the change lands, not as a render saw it', () => {
    const seen = draft('广场舞');
    const now = { ...seen, values: { ...seen.values, title: '太极' } };
    const next = changedCopy(now, { values: (values) => ({ ...values, startTime: '08:00' }) }, 5);
    expect(next?.values.title).toBe('太极');
    expect(next?.values.startTime).toBe('08:00');
  });

  it('leaves a fresh copy alone when the change was meant for the one thrown away', () => {
    const thrownAway = draft('半截草稿');
    const fresh = draft('');
    expect(changedCopy(fresh, { localId: thrownAway.localId, values: thrownAway.values }, 5)).toBeNull();
    expect(changedCopy(fresh, { localId: fresh.localId, values: { ...fresh.values, title: '新' } }, 5)).not.toBeNull();
  });

  it('changes nothing once the copy is sent, or when the values are the same', () => {
    const copy = draft('广场舞');
    expect(changedCopy({ ...copy, state: 'pending' }, { values: { ...copy.values, title: 'x' } }, 5)).toBeNull();
    expect(changedCopy(copy, { values: (values) => values }, 5)).toBeNull();
  });
});
