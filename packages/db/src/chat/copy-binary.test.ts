import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { binaryCopyBuffer } from './copy-binary';

/** The row's fields after the COPY header and the row's field count, without the trailer. */
function rowFields(write: (rows: ReturnType<typeof binaryCopyBuffer>) => void): Buffer {
  const rows = binaryCopyBuffer(64);
  rows.row(1);
  write(rows);
  const taken = rows.take();
  return taken.subarray(19 + 2, taken.length - 2);
}

describe('binary COPY fields kept as bytes', () => {
  it('writes a word as text writes it, the first time and from what it kept', () => {
    for (const value of ['text', '活动', '', 'a"b\\c', '🌱']) {
      const asText = rowFields((rows) => rows.text(value));
      expect(rowFields((rows) => rows.word(value))).toEqual(asText);
      expect(rowFields((rows) => [rows.word(value), rows.word(value)])).toEqual(Buffer.concat([asText, asText]));
    }
    expect(rowFields((rows) => rows.word(null))).toEqual(rowFields((rows) => rows.text(null)));
  });

  it('writes each uuid from its own text, after what it kept is full and cleared', () => {
    const ids = Array.from({ length: 10_050 }, () => randomUUID());
    const rows = binaryCopyBuffer(64);
    rows.row(ids.length * 2);
    for (const id of [...ids, ...ids.slice().reverse()]) rows.uuid(id);
    const taken = rows.take();
    const written: string[] = [];
    for (let at = 21; at < taken.length - 2; at += 20) {
      expect(taken.readInt32BE(at)).toBe(16);
      const hex = taken.subarray(at + 4, at + 20).toString('hex');
      written.push(`${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`);
    }
    expect(written).toEqual([...ids, ...ids.slice().reverse()]);
    expect(() => binaryCopyBuffer().uuid('not-a-uuid')).toThrow(/not a uuid/);
  });
});
