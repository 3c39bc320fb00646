/**
 * Text for documents drawn as SVG and rasterised (the certificate as an image): SVG has no line
 * breaking, so lines are broken here. Widths are Noto Sans SC's advances rounded up, so a line
 * never runs past its box: a CJK character or full-width sign is exactly 1 em; Latin capitals
 * are taken as 0.7 em, digits 0.58, small letters 0.56, a space 0.26, other signs 0.4 (the font's
 * widest, W and M, are wider: the 5 % added to every line covers a few of them).
 */

const wide =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

function emsOf(character: string): number {
  if (wide.test(character)) return 1;
  if (/[A-Z]/.test(character)) return 0.7;
  if (/[0-9]/.test(character)) return 0.58;
  if (/[a-z]/.test(character)) return 0.56;
  if (/\s/.test(character)) return 0.26;
  return 0.4;
}

/** The width of `text` at `size` px, rounded up (see above). */
export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const character of text) ems += emsOf(character);
  return ems * size * 1.05;
}

/**
 * Breaks `text` into lines no wider than `width`: between any two CJK characters, at spaces
 * between Latin words, or inside a Latin word longer than a line. At most `maxLines` lines; the
 * last ends with … if text was left out.
 */
export function wrapText(text: string, size: number, width: number, maxLines = Number.POSITIVE_INFINITY): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(/[A-Za-z0-9]+|\s+|./gsu) ?? []) {
    const candidate = line + token;
    if (textWidth(candidate.trimEnd(), size) <= width) {
      line = candidate;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = token.trimStart();
    // A Latin word longer than a whole line is cut where it must be.
    while (textWidth(line, size) > width) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), size) > width) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last && textWidth(`${last}…`, size) > width) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/** Text made safe inside an SVG element or attribute. */
export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}
