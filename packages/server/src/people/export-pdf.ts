import {
  type HeldRecords,
  type Locale,
  type PersonDetail,
  personExportLabels,
  personExportSections,
  shanghaiDateTime,
} from '@seedbed/core';
import { contentWidth, drawTitle, fontBold, fontRegular, margin, type Pdf, renderPdf } from '../documents';

/**
 * A person's export as paper (PIPL art. 45: "in a form they can read"): their record, then every
 * capability's section with one block per row, each stored field on its own line under its label.
 * Ids stay out of the paper (they mean nothing to a reader; the JSON copy keeps them).
 */
type Row = Record<string, unknown>;

const isId = (key: string) => key === 'id' || key.endsWith('Id') || key.endsWith('Ids') || key.endsWith('_id');

function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (value instanceof Date) return shanghaiDateTime(value);
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value)) return shanghaiDateTime(new Date(value));
  if (typeof value === 'object' && Object.keys(value).length === 0) return '—';
  if (Array.isArray(value)) return value.map(valueText).join('；');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function drawRow(doc: Pdf, row: Row, fields: Record<string, string>) {
  for (const [key, value] of Object.entries(row)) {
    if (isId(key) || typeof value === 'boolean') continue;
    doc
      .font(fontBold)
      .fontSize(10)
      .text(`${fields[key] ?? key}：`, { continued: true });
    doc.font(fontRegular).text(valueText(value));
  }
  doc.moveDown(0.5);
}

function drawSection(doc: Pdf, heading: string, rows: readonly Row[], labels: ReturnType<typeof personExportLabels>) {
  doc
    .moveDown(0.6)
    .font(fontBold)
    .fontSize(13)
    .text(`${heading}（${rows.length}）`, margin, doc.y, { width: contentWidth });
  doc.moveDown(0.3);
  if (rows.length === 0) doc.font(fontRegular).fontSize(10).text(labels.none);
  for (const row of rows) drawRow(doc, row, labels.fields);
}

export function renderPersonExportPdf(
  export_: { exportedAt: string; person: PersonDetail; records: HeldRecords },
  locale: Locale,
): Promise<Buffer> {
  const labels = personExportLabels(locale);
  return renderPdf({ title: labels.title, locale, numberPages: true }, (doc) => {
    doc.y = drawTitle(doc, labels.title, margin);
    doc.font(fontRegular).fontSize(10).text(labels.intro, margin, doc.y, { width: contentWidth });
    doc.text(`${labels.exportedAt}：${valueText(export_.exportedAt)}`);
    const { visits, consents, ...facts } = export_.person;
    const record = Object.fromEntries(Object.entries(facts).filter(([, value]) => !Array.isArray(value)));
    drawSection(doc, labels.record, [record], labels);
    for (const section of personExportSections)
      drawSection(doc, labels.sections[section], export_.records[section] ?? [], labels);
    drawSection(doc, labels.visits, visits ?? [], labels);
    drawSection(doc, labels.consents, consents, labels);
  });
}
