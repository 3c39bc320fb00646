import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Looking at PDFs the way a person would, with poppler-utils (`pdftotext`, `pdffonts`, `pdftoppm`;
 * `.ci/run` installs them): the text a reader can copy, the fonts embedded, and the page as pixels.
 */

function withPdfFile<T>(pdf: Uint8Array, use: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'seedbed-pdf-'));
  try {
    const path = join(dir, 'document.pdf');
    writeFileSync(path, pdf);
    return use(path, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of the PDF as `pdftotext` extracts it (which needs the fonts' ToUnicode maps). */
export function pdfText(pdf: Uint8Array): string {
  return withPdfFile(pdf, (path) => execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }));
}

/** The `pdffonts` table: one line per font with its name, type and whether it is embedded. */
export function pdfFonts(pdf: Uint8Array): string {
  return withPdfFile(pdf, (path) => execFileSync('pdffonts', [path], { encoding: 'utf8' }));
}

/** How many pages the PDF has (from `pdfinfo`). */
export function pdfPageCount(pdf: Uint8Array): number {
  const info = withPdfFile(pdf, (path) => execFileSync('pdfinfo', [path], { encoding: 'utf8' }));
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** A page rendered in grey levels (0 black … 255 white), row by row. */
export interface GreyPage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/**
 * Renders one page at `dpi` (60 by default): saves it as a PNG under test-output/screenshots/`name`.png
 * for humans to look at, and returns it in grey levels (poppler's PGM output) for the test to measure.
 */
export function renderPage(pdf: Uint8Array, name: string, options: { page?: number; dpi?: number } = {}): GreyPage {
  const page = String(options.page ?? 1);
  const dpi = String(options.dpi ?? 60);
  return withPdfFile(pdf, (path, dir) => {
    const screenshots = join(process.cwd(), 'test-output', 'screenshots');
    mkdirSync(screenshots, { recursive: true });
    const range = ['-f', page, '-l', page, '-singlefile', '-r', dpi];
    execFileSync('pdftoppm', [...range, '-png', path, join(screenshots, name)]);
    execFileSync('pdftoppm', [...range, '-gray', path, join(dir, 'page')]);
    return parsePgm(readFileSync(join(dir, 'page.pgm')));
  });
}

/** Binary PGM (P5, 8-bit): header "P5 width height maxval" then one byte per pixel. */
function parsePgm(bytes: Buffer): GreyPage {
  const fields: string[] = [];
  let offset = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[offset] ?? 32))) offset += 1;
    let field = '';
    while (offset < bytes.length && !/\s/.test(String.fromCharCode(bytes[offset] ?? 32))) {
      field += String.fromCharCode(bytes[offset] ?? 32);
      offset += 1;
    }
    fields.push(field);
  }
  offset += 1; // the single whitespace after maxval
  if (fields[0] !== 'P5' || fields[3] !== '255') throw new Error(`not an 8-bit binary PGM: ${fields.join(' ')}`);
  const width = Number(fields[1]);
  const height = Number(fields[2]);
  return { width, height, pixels: new Uint8Array(bytes.subarray(offset, offset + width * height)) };
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Pixels darker than light grey inside `box` (all the page when absent): ink. */
export function inkIn(page: GreyPage, box?: Box): number {
  const { left = 0, top = 0, right = page.width, bottom = page.height } = box ?? {};
  let ink = 0;
  for (let y = top; y < bottom; y += 1) {
    for (let x = left; x < right; x += 1) if ((page.pixels[y * page.width + x] ?? 255) < 160) ink += 1;
  }
  return ink;
}

/** The smallest box holding every pixel that differs clearly between two renderings of the same size; null when none does. */
export function differingBox(a: GreyPage, b: GreyPage): Box | null {
  if (a.width !== b.width || a.height !== b.height) throw new Error('pages of different sizes');
  let box: Box | null = null;
  for (let y = 0; y < a.height; y += 1) {
    for (let x = 0; x < a.width; x += 1) {
      const index = y * a.width + x;
      if (Math.abs((a.pixels[index] ?? 0) - (b.pixels[index] ?? 0)) < 64) continue;
      box = box
        ? {
            left: Math.min(box.left, x),
            top: Math.min(box.top, y),
            right: Math.max(box.right, x + 1),
            bottom: Math.max(box.bottom, y + 1),
          }
        : { left: x, top: y, right: x + 1, bottom: y + 1 };
    }
  }
  return box;
}
