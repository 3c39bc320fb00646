import {
  type CampaignTable,
  type EvaluationResult,
  evaluationDimensions,
  evaluationLabels,
  type Locale,
  missingDimensions,
  selfGapExplanation,
} from '@seedbed/core';
import ExcelJS from 'exceljs';
import { contentWidth, drawFields, drawTable, drawTitle, fontRegular, margin, renderPdf } from '../documents';

/**
 * The campaign table and one organization's report, as .xlsx (exceljs) and A4 PDF (pdfkit with
 * Noto Sans SC through documents/). Scores are on 100 with up to two decimals; a total still
 * waiting for a dimension says which (待补齐), as the page does.
 */

const score = (value: number | null) => (value === null ? '—' : String(value));

function totalText(table: CampaignTable, result: EvaluationResult, locale: Locale) {
  if (result.total !== null) return String(result.total);
  const labels = evaluationLabels[locale];
  const missing = missingDimensions(result.dimensions, table.campaign.weights).map((d) => labels.dimension[d]);
  return `${labels.waiting}: ${missing.join(locale === 'en' ? ', ' : '、')}`;
}

function headerOf(table: CampaignTable, locale: Locale) {
  const labels = evaluationLabels[locale];
  return [
    labels.organization,
    ...evaluationDimensions.map((dimension) => `${labels.dimension[dimension]} ${table.campaign.weights[dimension]}%`),
    labels.total,
    labels.rank,
    labels.gap,
  ];
}

function rowOf(table: CampaignTable, result: EvaluationResult, locale: Locale) {
  return [
    result.organizationName,
    ...evaluationDimensions.map((dimension) => score(result.dimensions[dimension])),
    totalText(table, result, locale),
    result.rank === null ? '—' : String(result.rank),
    result.gap ? selfGapExplanation(result.gap, locale) : '—',
  ];
}

export async function campaignTableSheet(table: CampaignTable, locale: Locale): Promise<Uint8Array<ArrayBuffer>> {
  const labels = evaluationLabels[locale];
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(labels.campaign);
  sheet.columns = [...headerOf(table, locale), labels.advice].map((header, index) => ({
    header,
    width: index === 0 ? 22 : index >= 7 ? 36 : 12,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const result of table.results) sheet.addRow([...rowOf(table, result, locale), result.advice]);
  return new Uint8Array(await book.xlsx.writeBuffer()) as Uint8Array<ArrayBuffer>;
}

export function campaignTablePdf(table: CampaignTable, locale: Locale): Promise<Buffer> {
  const labels = evaluationLabels[locale];
  const title = `${table.campaign.name} ${labels.campaign}`;
  return renderPdf({ title, locale, numberPages: true }, (doc) => {
    const y = drawTitle(doc, title, margin, 16);
    const widths = [95, 50, 50, 60, 60, 55, 35, contentWidth - 405];
    drawTable(doc, {
      x: margin,
      y: y + 8,
      columns: headerOf(table, locale).map((label, index) => ({ label, width: widths[index] ?? 50 })),
      rows: table.results.map((result) => rowOf(table, result, locale)),
      rowHeight: 24,
      size: 8,
    });
  });
}

/** One organization's report: its dimensions with their weights, total, rank, the gap in words, the advice. */
export function organizationReportPdf(table: CampaignTable, result: EvaluationResult, locale: Locale): Promise<Buffer> {
  const labels = evaluationLabels[locale];
  const title = `${result.organizationName} ${labels.report}`;
  return renderPdf({ title, locale }, (doc) => {
    let y = drawTitle(doc, title, margin);
    y = drawFields(
      doc,
      [
        { label: labels.campaign, value: `${table.campaign.name} ${table.campaign.period}`.trim() },
        ...evaluationDimensions.map((dimension) => ({
          label: `${labels.dimension[dimension]}（${labels.weight} ${table.campaign.weights[dimension]}%）`,
          value: score(result.dimensions[dimension]),
        })),
        { label: labels.total, value: totalText(table, result, locale) },
        { label: labels.rank, value: result.rank === null ? '—' : `${result.rank} / ${table.results.length}` },
        { label: labels.gap, value: result.gap ? selfGapExplanation(result.gap, locale) : '—' },
      ],
      { x: margin, y: y + 10, width: contentWidth, labelWidth: 170, size: 12 },
    );
    doc
      .font(fontRegular)
      .fontSize(12)
      .text(`${labels.advice}：`, margin, y + 16);
    doc.text(result.advice || '—', margin, doc.y + 4, { width: contentWidth, lineGap: 4 });
  });
}

export async function organizationReportSheet(
  table: CampaignTable,
  result: EvaluationResult,
  locale: Locale,
): Promise<Uint8Array<ArrayBuffer>> {
  const labels = evaluationLabels[locale];
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(labels.report);
  sheet.columns = [{ width: 26 }, { width: 60 }];
  const lines: [string, string][] = [
    [labels.organization, result.organizationName],
    [labels.campaign, `${table.campaign.name} ${table.campaign.period}`.trim()],
    ...evaluationDimensions.map((dimension): [string, string] => [
      `${labels.dimension[dimension]} ${table.campaign.weights[dimension]}%`,
      score(result.dimensions[dimension]),
    ]),
    [labels.total, totalText(table, result, locale)],
    [labels.rank, result.rank === null ? '—' : `${result.rank} / ${table.results.length}`],
    [labels.gap, result.gap ? selfGapExplanation(result.gap, locale) : '—'],
    [labels.advice, result.advice],
  ];
  for (const line of lines) sheet.addRow(line).getCell(1).font = { bold: true };
  return new Uint8Array(await book.xlsx.writeBuffer()) as Uint8Array<ArrayBuffer>;
}
