import { documentLabels, type Locale, splitMinutes, type VolunteerCertificatePdfInput } from '@seedbed/core';
import { a4, contentWidth, drawFields, drawTable, drawTitle, fontBold, fontRegular, margin, renderPdf } from './pdf';

/**
 * 志愿服务证明: the volunteer service certificate, A4. The number top right; who served, where, and the
 * total in hours and minutes; one line per activity; the issuer, street and date; a box for the seal;
 * and the line citing 《志愿服务记录与证明出具办法》 under which the record is kept. VOLUNTEERING owns the
 * route that gathers the input and calls this.
 */
export function renderVolunteerCertificatePdf(input: VolunteerCertificatePdfInput, locale: Locale): Promise<Buffer> {
  const labels = documentLabels(locale).certificate;
  return renderPdf({ title: `${labels.title} ${input.number}`, locale, numberPages: true }, (doc) => {
    doc
      .font(fontRegular)
      .fontSize(10)
      .text(`${labels.number}：${input.number}`, margin, margin, { width: contentWidth, align: 'right' });
    let y = drawTitle(doc, labels.title, margin + 28, 24) + 14;

    const total = splitMinutes(input.totalMinutes);
    doc.font(fontRegular).fontSize(13);
    doc.text(labels.intro(input.personName, input.organizationName), margin, y, {
      width: contentWidth,
      continued: true,
    });
    doc.font(fontBold).text(labels.total(total.hours, total.minutes));
    y = doc.y + 14;

    const columns = [
      { label: labels.columns.date, width: 90, align: 'center' as const },
      { label: labels.columns.activity, width: contentWidth - 90 - 100 - 100 },
      { label: labels.columns.role, width: 100, align: 'center' as const },
      { label: labels.columns.duration, width: 100, align: 'center' as const },
    ];
    const rows = input.entries.map((entry) => {
      const split = splitMinutes(entry.minutes);
      return [entry.date, entry.activityTitle, entry.role, labels.duration(split.hours, split.minutes)];
    });
    y = drawTable(doc, {
      x: margin,
      y,
      columns,
      rows: rows.length > 0 ? rows : [['', labels.noEntries, '', '']],
      rowHeight: 22,
      size: 10,
      bottom: a4.height - margin - 20,
    });

    // The signature block needs about 190 pt: the issuer lines beside the seal box, then the basis line.
    if (y + 200 > a4.height - margin) {
      doc.addPage();
      y = margin;
    }
    y += 24;
    const sealSize = 120;
    const sealX = margin + contentWidth - sealSize;
    drawFields(
      doc,
      [
        { label: labels.issuer, value: input.organizationName },
        { label: labels.street, value: input.streetName },
        { label: labels.signedBy, value: input.issuerName },
        { label: labels.issuedOn, value: input.issuedOn },
      ],
      { x: margin, y: y + 8, width: contentWidth - sealSize - 20, labelWidth: locale === 'en' ? 90 : 70, size: 12 },
    );
    doc.save().lineWidth(0.8).dash(4, { space: 3 }).strokeColor('#777777').rect(sealX, y, sealSize, sealSize).stroke();
    doc.restore();
    doc
      .font(fontRegular)
      .fontSize(10)
      .fillColor('#777777')
      .text(labels.seal, sealX, y + sealSize / 2 - 6, { width: sealSize, align: 'center' });
    doc.fillColor('black');
    y += sealSize + 18;
    doc.font(fontRegular).fontSize(9).fillColor('#333333').text(labels.basis, margin, y, { width: contentWidth });
    doc.fillColor('black');
  });
}
