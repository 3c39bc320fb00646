/**
 * WCAG 2.x contrast ratio of two sRGB colours written `#rrggbb` (or `#rgb`):
 * (L1 + 0.05) / (L2 + 0.05), L1 the lighter relative luminance, where
 * L = 0.2126 R + 0.7152 G + 0.0722 B of the linearised channels
 * (c ≤ 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ^ 2.4).
 * https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio — 1 for equal colours, 21 for black on white.
 */
export function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [relativeLuminance(foreground), relativeLuminance(background)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}

export function relativeLuminance(colour: string): number {
  const [red, green, blue] = channelsOf(colour).map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

function channelsOf(colour: string): number[] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (!hex) throw new Error(`not a #rrggbb colour: ${colour}`);
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  return [0, 2, 4].map((at) => Number.parseInt(full.slice(at, at + 2), 16));
}

/** The custom properties (`--name: value;`) declared in a stylesheet's `:root` block, by name. */
export function rootTokens(css: string): Map<string, string> {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const withoutComments = root.replace(/\/\*[\s\S]*?\*\//g, '');
  return new Map([...withoutComments.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}
