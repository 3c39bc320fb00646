import { renderAsync } from '@resvg/resvg-js';
import { documentLabels, type Locale, splitMinutes, type VolunteerCertificatePdfInput } from '@seedbed/core';
import { notoSansScFontPaths } from './pdf';
import { escapeXml, textWidth, wrapText } from './svg-text';

/**
 * 志愿服务证明 as a PNG, the same certificate as the PDF (volunteer-certificate.ts: the same input,
 * labels and order) for a phone: WeChat's browser often cannot open a PDF, but an image can be
 * long-pressed and saved (issue 16). Drawn as SVG with Noto Sans SC from its npm package — the
 * font the PDF embeds, so no system font is needed — and rasterised by resvg: 1080 px wide (a
 * phone's screen at 3×), as tall as its lines need.
 */
export const certificateImageWidth = 1080;

const pad = 72;
const inner = certificateImageWidth - 2 * pad;
const ink = '#1c211b';
const muted = '#485046';
const line = '#b9c2b6';

type Svg = string[];

function text(svg: Svg, x: number, y: number, content: string, size: number, options: TextOptions = {}) {
  const anchor = options.align === 'right' ? 'end' : options.align === 'center' ? 'middle' : 'start';
  svg.push(
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${options.bold ? 700 : 400}" fill="${options.colour ?? ink}" text-anchor="${anchor}">${escapeXml(content)}</text>`,
  );
}

interface TextOptions {
  bold?: boolean;
  colour?: string;
  align?: 'left' | 'center' | 'right';
}

/** A paragraph from `y` (its first baseline's top), wrapped to `width`; returns the y below it. */
function paragraph(
  svg: Svg,
  x: number,
  y: number,
  content: string,
  size: number,
  width: number,
  options?: TextOptions,
) {
  const height = Math.round(size * 1.5);
  const lines = wrapText(content, size, width);
  lines.forEach((one, index) => {
    text(svg, x, y + index * height + size, one, size, options);
  });
  return y + lines.length * height;
}

/**
 * A certificate is a stored snapshot that never changes (谁记录谁证明: reprints are the same
 * document), and loading the two 10 MB fonts makes a drawing take a second or two: the last few
 * drawn are kept, so a phone that opens the page again gets its image at once.
 */
const recentlyDrawn = new Map<string, Promise<Buffer>>();
const keptDrawings = 32;

export function renderVolunteerCertificatePng(input: VolunteerCertificatePdfInput, locale: Locale): Promise<Buffer> {
  const key = `${locale}\n${JSON.stringify(input)}`;
  const kept = recentlyDrawn.get(key);
  if (kept) return kept;
  const drawing = drawCertificate(input, locale);
  recentlyDrawn.set(key, drawing);
  // A failed drawing is not kept; beyond the limit the oldest goes (a Map keeps insertion order).
  drawing.catch(() => recentlyDrawn.delete(key));
  if (recentlyDrawn.size > keptDrawings) recentlyDrawn.delete(recentlyDrawn.keys().next().value!);
  return drawing;
}

async function drawCertificate(input: VolunteerCertificatePdfInput, locale: Locale): Promise<Buffer> {
  const labels = documentLabels(locale).certificate;
  const colon = documentLabels(locale).colon;
  const svg: Svg = [];
  let y = pad;

  text(svg, pad + inner, y + 28, `${labels.number}${colon}${input.number}`, 28, { align: 'right', colour: muted });
  y += 60;
  y = paragraph(svg, certificateImageWidth / 2, y, labels.title, 72, inner, { bold: true, align: 'center' }) + 24;

  const total = splitMinutes(input.totalMinutes);
  y = paragraph(svg, pad, y, labels.intro(input.personName, input.organizationName).trim(), 38, inner);
  y = paragraph(svg, pad, y, labels.total(total.hours, total.minutes), 38, inner, { bold: true }) + 32;

  y = entriesTable(svg, y, input, locale) + 48;

  // The issuer's lines beside the box for the seal, as on paper.
  const seal = 240;
  const fieldsWidth = inner - seal - 32;
  let fieldsY = y;
  for (const [label, value] of [
    [labels.issuer, input.organizationName],
    [labels.street, input.streetName],
    [labels.signedBy, input.issuerName],
    [labels.issuedOn, input.issuedOn],
  ] as const)
    fieldsY = paragraph(svg, pad, fieldsY, `${label}${colon}${value}`, 34, fieldsWidth) + 8;
  const sealX = pad + inner - seal;
  svg.push(
    `<rect x="${sealX}" y="${y}" width="${seal}" height="${seal}" fill="none" stroke="#777777" stroke-width="2" stroke-dasharray="10 7"/>`,
  );
  text(svg, sealX + seal / 2, y + seal / 2 + 12, labels.seal, 30, { align: 'center', colour: '#777777' });
  y = Math.max(fieldsY, y + seal) + 40;

  y = paragraph(svg, pad, y, labels.basis, 26, inner, { colour: muted }) + pad;

  const height = Math.ceil(y);
  const document = `<svg xmlns="http://www.w3.org/2000/svg" width="${certificateImageWidth}" height="${height}" viewBox="0 0 ${certificateImageWidth} ${height}" font-family="Noto Sans SC">
<rect width="100%" height="100%" fill="#ffffff"/>
<rect x="20" y="20" width="${certificateImageWidth - 40}" height="${height - 40}" fill="none" stroke="#1d6121" stroke-width="4"/>
<rect x="32" y="32" width="${certificateImageWidth - 64}" height="${height - 64}" fill="none" stroke="#1d6121" stroke-width="1.5"/>
${svg.join('\n')}
</svg>`;
  const fonts = notoSansScFontPaths();
  // Off the event loop (libuv's pool): drawing takes a noticeable moment, and other requests go on meanwhile.
  const image = await renderAsync(document, {
    font: { fontFiles: [fonts.regular, fonts.bold], loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' },
    fitTo: { mode: 'original' },
  });
  return image.asPng();
}

/** One row per activity served: date, activity (up to three lines), role, duration. */
function entriesTable(svg: Svg, top: number, input: VolunteerCertificatePdfInput, locale: Locale): number {
  const labels = documentLabels(locale).certificate;
  const size = 28;
  const lineHeight = 40;
  const cellPad = 12;
  const rows = input.entries.map((entry) => {
    const split = splitMinutes(entry.minutes);
    return [entry.date, entry.activityTitle, entry.role, labels.duration(split.hours, split.minutes)];
  });
  const header = [labels.columns.date, labels.columns.activity, labels.columns.role, labels.columns.duration];
  // Date, role and duration take the width of their longest text (at most 300 px); the activity the rest.
  const widths = header.map(
    (label, index) =>
      Math.min(
        300,
        Math.ceil(Math.max(...[label, ...rows.map((row) => row[index]!)].map((cell) => textWidth(cell, size)))),
      ) +
      2 * cellPad,
  );
  widths[1] = inner - widths[0]! - widths[2]! - widths[3]!;
  const xs = widths.map((_, index) => pad + widths.slice(0, index).reduce((sum, w) => sum + w, 0));

  let y = top;
  const drawRow = (cells: readonly string[], isHeader: boolean) => {
    const wrapped = cells.map((cell, index) => wrapText(cell, size, widths[index]! - 2 * cellPad, 3));
    const height = Math.max(...wrapped.map((lines) => lines.length)) * lineHeight + 2 * cellPad;
    if (isHeader) svg.push(`<rect x="${pad}" y="${y}" width="${inner}" height="${height}" fill="#eef3ea"/>`);
    wrapped.forEach((lines, index) => {
      lines.forEach((one, lineIndex) => {
        const isCentred = index !== 1;
        const x = isCentred ? xs[index]! + widths[index]! / 2 : xs[index]! + cellPad;
        const baseline = y + cellPad + lineIndex * lineHeight + size;
        text(svg, x, baseline, one, size, { bold: isHeader, align: isCentred ? 'center' : 'left' });
      });
    });
    svg.push(
      `<line x1="${pad}" y1="${y + height}" x2="${pad + inner}" y2="${y + height}" stroke="${line}" stroke-width="2"/>`,
    );
    y += height;
  };
  svg.push(`<line x1="${pad}" y1="${y}" x2="${pad + inner}" y2="${y}" stroke="${line}" stroke-width="2"/>`);
  drawRow(header, true);
  if (rows.length === 0) drawRow(['', labels.noEntries, '', ''], false);
  for (const row of rows) drawRow(row, false);
  return y;
}
