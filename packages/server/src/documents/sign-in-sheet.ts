import { documentLabels, type Locale } from '@seedbed/core';
import { organizersLine, placeLine, type SignInSheetFacts, timeLine } from './activity-facts';
import {
  a4,
  contentWidth,
  drawFields,
  drawQrCode,
  drawTable,
  drawTitle,
  fontBold,
  fontRegular,
  margin,
  type Pdf,
  renderPdf,
} from './pdf';

/** Rows on a sheet unless the caller asks for more: about one page (seed 002: the paper 签到表). */
export const defaultSignInRows = 20;

const qrSize = 110;
/** Room kept at the foot of every page for the evidence line and the privacy note. */
const footerHeight = 40;

/**
 * 活动签到表, A4 portrait: who runs it, what, when, where; the QR code of the self sign-in link with
 * "扫码签到" and the link written out (for a phone that cannot scan); numbered empty rows to write in;
 * and at the foot of each page the line saying a photo of the sheet is the sign-in evidence, and the
 * privacy note (children under 14 give no phone number).
 */
export function renderSignInSheetPdf(
  activity: SignInSheetFacts,
  signInUrl: string,
  locale: Locale,
  rowCount: number = defaultSignInRows,
): Promise<Buffer> {
  const labels = documentLabels(locale).signInSheet;
  return renderPdf({ title: `${labels.title} ${activity.title}`, locale, numberPages: true }, (doc) => {
    let y = drawTitle(doc, labels.title, margin, 22) + 4;
    const qrX = margin + contentWidth - qrSize;
    const fieldsBottom = drawFields(
      doc,
      [
        { label: labels.organizations, value: organizersLine(activity, locale) },
        { label: labels.activity, value: activity.title },
        { label: labels.time, value: timeLine(activity, locale) },
        { label: labels.place, value: placeLine(activity) },
      ],
      { x: margin, y: y + 6, width: contentWidth - qrSize - 16, labelWidth: locale === 'en' ? 92 : 70, size: 12 },
    );
    drawQrCode(doc, signInUrl, qrX, y, qrSize);
    doc
      .font(fontBold)
      .fontSize(12)
      .text(labels.scanToSignIn, qrX, y + qrSize, { width: qrSize, align: 'center' });
    doc
      .font(fontRegular)
      .fontSize(7.5)
      .fillColor('#333333')
      .text(signInUrl.replace(/^https?:\/\//, ''), qrX - 20, doc.y + 1, { width: qrSize + 20, align: 'center' });
    doc.fillColor('black');
    y = Math.max(fieldsBottom, doc.y) + 8;

    const columns = labels.columns;
    const fixed = [34, 92, 128, 64, 64];
    drawTable(doc, {
      x: margin,
      y,
      columns: [
        { label: columns.number, width: fixed[0] ?? 34, align: 'center' },
        { label: columns.name, width: fixed[1] ?? 92, align: 'center' },
        { label: columns.phone, width: fixed[2] ?? 128, align: 'center' },
        { label: columns.signedInAt, width: fixed[3] ?? 64, align: 'center' },
        { label: columns.signedOutAt, width: fixed[4] ?? 64, align: 'center' },
        { label: columns.note, width: contentWidth - fixed.reduce((sum, w) => sum + w, 0), align: 'center' },
      ],
      rows: Array.from({ length: rowCount }, (_, index) => [String(index + 1)]),
      rowHeight: 24,
      headerHeight: 24,
      size: 10,
      bottom: a4.height - margin - footerHeight,
    });
    drawFooters(doc, labels.footer, labels.privacy);
  });
}

/** The evidence line and the privacy note at the foot of every page. */
function drawFooters(doc: Pdf, footer: string, privacy: string): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const top = a4.height - margin - footerHeight + 8;
    doc.font(fontBold).fontSize(10).fillColor('black').text(footer, margin, top, { width: contentWidth });
    doc
      .font(fontRegular)
      .fontSize(8)
      .fillColor('#444444')
      .text(privacy, margin, doc.y + 2, { width: contentWidth });
    doc.fillColor('black');
    doc.page.margins.bottom = bottom;
  }
}
