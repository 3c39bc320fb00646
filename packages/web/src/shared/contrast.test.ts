import { describe, expect, it } from 'vitest';
import styles from '../styles.css?raw';
import { contrastRatio, rootTokens } from './contrast';

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself, whichever comes first', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#2f7d32', '#2f7d32')).toBe(1);
  });

  it('matches hand-derived values: mid grey on white, and the old green button (5.1:1, issue 16)', () => {
    // #777777: c = 119/255 = 0.4667 → ((0.4667 + 0.055) / 1.055)^2.4 = 0.1845; (1.05) / (0.2345) = 4.48
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#2f7d32')).toBeCloseTo(5.12, 2);
  });

  it('refuses what is not a hex colour', () => {
    expect(() => contrastRatio('green', '#fff')).toThrow();
  });
});

/**
 * Older eyes (issue 16): body text and the main buttons hold 7:1 (WCAG AAA) on a phone's dim
 * screen. Every pair here is one the stylesheet draws: text on the page and on cards, the muted
 * hints, links, the primary button and the green header, the error and warning texts.
 */
describe('the design tokens in styles.css', () => {
  const tokens = rootTokens(styles);
  const pairs: readonly [foreground: string, background: string][] = [
    ['ink', 'background'],
    ['ink', 'paper'],
    ['muted', 'background'],
    ['muted', 'paper'],
    ['green-700', 'background'],
    ['green-700', 'paper'],
    ['on-primary', 'green-700'],
    ['on-primary', 'green-900'],
    ['danger', 'danger-bg'],
    ['danger', 'paper'],
    ['warning', 'paper'],
    ['warning', 'background'],
  ];

  it.each(pairs)('%s on %s is at least 7:1', (foreground, background) => {
    const colour = (name: string) => {
      const value = tokens.get(name);
      if (!value) throw new Error(`--${name} is not declared in :root`);
      return value;
    };
    expect(contrastRatio(colour(foreground), colour(background))).toBeGreaterThanOrEqual(7);
  });
});
