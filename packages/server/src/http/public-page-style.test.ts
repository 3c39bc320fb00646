import { describe, expect, it } from 'vitest';
import { contrastPairs, palette, publicPageCss } from './public-page-style';

/** WCAG 2 relative luminance of '#rrggbb'. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('the public pages’ colours', () => {
  it('measures contrast as WCAG does (black on white is 21:1, a mid grey 4.5:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('keeps every text and main button at 7:1 or more', () => {
    const weak = contrastPairs
      .map(([foreground, background, where]) => ({ where, ratio: contrast(foreground, background) }))
      .filter(({ ratio }) => ratio < 7);
    expect(weak).toEqual([]);
  });

  it('uses only the palette’s colours in its style sheet', () => {
    const colours = new Set(Object.values(palette));
    const used = [...publicPageCss.matchAll(/#[0-9a-f]{6}\b/gi)].map(([hex]) => hex.toLowerCase());
    expect(used.filter((hex) => !colours.has(hex as never))).toEqual([]);
  });
});
