import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { documentLabels, type Locale } from '@seedbed/core';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

/**
 * The one place that makes Seedbed's PDFs: A4, Noto Sans SC (regular + bold) so every Chinese glyph
 * prints, document metadata, and a Buffer at the end. pdfkit embeds only the glyphs used (a subset),
 * so a sheet stays a few tens of kilobytes although each font file is 10 MB.
 */

export type Pdf = PDFKit.PDFDocument;

export const fontRegular = 'NotoSansSC-Regular';
export const fontBold = 'NotoSansSC-Bold';

/** A4 in points, and the margins every document uses. */
export const a4 = { width: 595.28, height: 841.89 } as const;
export const margin = 42;
export const contentWidth = a4.width - 2 * margin;

let cachedFonts: { regular: Buffer; bold: Buffer } | undefined;

/** Where the npm package keeps the font files: no system font is needed, for PDFs and images alike. */
export function notoSansScFontPaths(): { regular: string; bold: string } {
  const require = createRequire(import.meta.url);
  return {
    regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
    bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
  };
}

/** The font files, read once per process (10 MB each; pdfkit subsets what it embeds). */
export function notoSansScFonts(): { regular: Buffer; bold: Buffer } {
  if (!cachedFonts) {
    const paths = notoSansScFontPaths();
    cachedFonts = { regular: readFileSync(paths.regular), bold: readFileSync(paths.bold) };
  }
  return cachedFonts;
}

export interface PdfOptions {
  title: string;
  locale: Locale;
  /** Adds "page x of y" at the foot of every page when the document has more than one. */
  numberPages?: boolean;
}

/** Makes an A4 document with the fonts registered, lets `draw` fill it, and returns the bytes. */
export function renderPdf(options: PdfOptions, draw: (doc: Pdf) => void | Promise<void>): Promise<Buffer> {
  const fonts = notoSansScFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: margin, bottom: margin, left: margin, right: margin },
    bufferPages: true,
    lang: options.locale,
    displayTitle: true,
    info: {
      Title: options.title,
      Creator: documentLabels(options.locale).creator,
      Producer: documentLabels(options.locale).creator,
    },
  });
  doc.registerFont(fontRegular, fonts.regular);
  doc.registerFont(fontBold, fonts.bold);
  doc.font(fontRegular);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return (async () => {
    await draw(doc);
    if (options.numberPages) numberPages(doc, options.locale);
    doc.end();
    return done;
  })();
}

function numberPages(doc: Pdf, locale: Locale): void {
  const range = doc.bufferedPageRange();
  if (range.count < 2) return;
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(fontRegular)
      .fontSize(8)
      .fillColor('#555555')
      .text(documentLabels(locale).pageNumber(index + 1, range.count), margin, a4.height - 28, {
        width: contentWidth,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.fillColor('black');
}

/** A centred title line in bold. Returns the y below it. */
export function drawTitle(doc: Pdf, title: string, y: number, size = 20): number {
  doc.font(fontBold).fontSize(size).fillColor('black');
  doc.text(title, margin, y, { width: contentWidth, align: 'center' });
  doc.font(fontRegular);
  return doc.y + 6;
}

/** "label：value" lines, label in bold. Returns the y below them. */
export function drawFields(
  doc: Pdf,
  fields: readonly { label: string; value: string }[],
  options: { x: number; y: number; width: number; labelWidth: number; size?: number },
): number {
  let y = options.y;
  const size = options.size ?? 11;
  for (const field of fields) {
    doc.font(fontBold).fontSize(size).text(field.label, options.x, y, { width: options.labelWidth, lineBreak: false });
    doc.font(fontRegular).fontSize(size);
    const valueWidth = options.width - options.labelWidth;
    doc.text(field.value || ' ', options.x + options.labelWidth, y, { width: valueWidth });
    y = Math.max(doc.y, y + size * 1.4) + 3;
  }
  return y;
}

export interface TableColumn {
  label: string;
  /** Points; the columns' widths should add up to the table's width. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

/**
 * A table with ruled rows: a bold header on a light band, then one row per entry (empty strings make
 * the numbered blank rows of a sign-in sheet). Breaks onto a new page — repeating the header — when a
 * row would cross the bottom margin. Returns the y below the last row.
 */
export function drawTable(
  doc: Pdf,
  options: {
    x: number;
    y: number;
    columns: readonly TableColumn[];
    rows: readonly (readonly string[])[];
    rowHeight: number;
    headerHeight?: number;
    size?: number;
    /** Lowest y a row may reach on a page (defaults to the bottom margin). */
    bottom?: number;
  },
): number {
  const size = options.size ?? 10;
  const headerHeight = options.headerHeight ?? Math.max(options.rowHeight, size * 2.4);
  const width = options.columns.reduce((sum, column) => sum + column.width, 0);
  const bottom = options.bottom ?? a4.height - margin;
  let y = options.y;

  const header = () => {
    doc.save().rect(options.x, y, width, headerHeight).fill('#eeeeee').restore();
    doc.font(fontBold).fontSize(size).fillColor('black');
    cells(
      options.columns.map((column) => column.label),
      headerHeight,
    );
    doc.font(fontRegular);
  };
  const cells = (values: readonly string[], height: number) => {
    let x = options.x;
    doc.lineWidth(0.6).strokeColor('#333333');
    doc.rect(options.x, y, width, height).stroke();
    options.columns.forEach((column, index) => {
      if (index > 0)
        doc
          .moveTo(x, y)
          .lineTo(x, y + height)
          .stroke();
      const value = values[index] ?? '';
      if (value) {
        const textHeight = doc.heightOfString(value, { width: column.width - 6 });
        doc.text(value, x + 3, y + Math.max(2, (height - textHeight) / 2), {
          width: column.width - 6,
          height: height - 2,
          align: column.align ?? 'left',
          ellipsis: true,
        });
      }
      x += column.width;
    });
    y += height;
  };

  header();
  doc.fontSize(size);
  for (const row of options.rows) {
    doc.font(fontRegular).fontSize(size);
    const needed = Math.max(
      options.rowHeight,
      ...options.columns.map((column, index) =>
        row[index] ? doc.heightOfString(row[index] ?? '', { width: column.width - 6 }) + 6 : 0,
      ),
    );
    if (y + needed > bottom) {
      doc.addPage();
      y = margin;
      header();
      doc.font(fontRegular).fontSize(size);
    }
    cells(row, needed);
  }
  return y;
}

/** An empty box with a bold caption above it: room to write by hand. Returns the y below it. */
export function drawWritingBox(
  doc: Pdf,
  options: { x: number; y: number; width: number; height: number; label: string; prefilled?: string },
): number {
  doc
    .font(fontBold)
    .fontSize(11)
    .fillColor('black')
    .text(options.label, options.x, options.y, { width: options.width });
  const top = doc.y + 3;
  doc.lineWidth(0.8).strokeColor('#333333').rect(options.x, top, options.width, options.height).stroke();
  if (options.prefilled) {
    doc
      .font(fontRegular)
      .fontSize(10)
      .text(options.prefilled, options.x + 6, top + 6, {
        width: options.width - 12,
        height: options.height - 12,
        ellipsis: true,
      });
  }
  doc.font(fontRegular);
  return top + options.height + 10;
}

/**
 * A QR code drawn as vector squares from the symbol's modules (sharp at any printer resolution).
 * `size` is the side of the symbol including its 4-module quiet zone.
 */
export function drawQrCode(doc: Pdf, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = modules.size + 8;
  const cell = size / count;
  doc.save().fillColor('black');
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (modules.get(row, column)) doc.rect(x + (column + 4) * cell, y + (row + 4) * cell, cell, cell);
    }
  }
  doc.fill().restore();
}
