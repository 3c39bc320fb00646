import { describe, expect, it } from 'vitest';
import { escapeXml, textWidth, wrapText } from './svg-text';

describe('textWidth', () => {
  it('takes a CJK character as 1 em and Latin as less, rounded up 5 %', () => {
    expect(textWidth('志愿', 20)).toBeCloseTo(2 * 20 * 1.05, 5);
    expect(textWidth('ab', 20)).toBeCloseTo(2 * 0.56 * 20 * 1.05, 5);
    expect(textWidth('A1 ', 10)).toBeCloseTo((0.7 + 0.58 + 0.26) * 10 * 1.05, 5);
  });
});

describe('wrapText', () => {
  it('breaks Chinese between any two characters, never past the width', () => {
    // 10 px characters at 1.05: four fit in 45 px, five do not.
    const lines = wrapText('重阳节敬老文艺汇演', 10, 45);
    expect(lines).toEqual(['重阳节敬', '老文艺汇', '演']);
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(45);
  });

  it('keeps Latin words whole and breaks at spaces', () => {
    expect(wrapText('Tai chi in the garden', 10, 60)).toEqual(['Tai chi in', 'the garden']);
  });

  it('cuts a Latin word longer than a line', () => {
    const lines = wrapText('Supercalifragilistic', 10, 40);
    expect(lines.join('')).toBe('Supercalifragilistic');
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(40);
  });

  it('ends the last kept line with … when lines run out', () => {
    const lines = wrapText('一二三四五六七八九十', 10, 45, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(textWidth(lines[1]!, 10)).toBeLessThanOrEqual(45);
  });
});

describe('escapeXml', () => {
  it('makes a name safe inside an SVG element', () => {
    expect(escapeXml('<王&李 "队">')).toBe('&lt;王&amp;李 &quot;队&quot;&gt;');
  });
});
