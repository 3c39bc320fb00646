import { beneficiaryGroupSchema, documentLabels, type Locale, opennessSchema } from '@seedbed/core';
import { organizersLine, type PrintableActivity, placeLine, timeLine } from './activity-facts';
import {
  a4,
  contentWidth,
  drawFields,
  drawTitle,
  drawWritingBox,
  fontBold,
  fontRegular,
  margin,
  type Pdf,
  renderPdf,
} from './pdf';

/**
 * 活动记录表, A4 portrait, for teams that keep paper (seed 002: the record sheet is photographed into
 * the activity report). What the record already knows is printed; the rest are tick boxes and large
 * empty boxes — sized for handwriting — for what happened, 能人感言, feedback, and who recorded it.
 */
export function renderRecordSheetPdf(activity: PrintableActivity, locale: Locale): Promise<Buffer> {
  const all = documentLabels(locale);
  const labels = all.recordSheet;
  return renderPdf({ title: `${labels.title} ${activity.title}`, locale, numberPages: true }, (doc) => {
    let y = drawTitle(doc, labels.title, margin, 22) + 2;
    const labelWidth = locale === 'en' ? 104 : 76;
    y = drawFields(
      doc,
      [
        { label: labels.organizations, value: organizersLine(activity, locale) },
        ...(activity.coHosts.length > 0 ? [{ label: labels.coHosts, value: activity.coHosts.join('、') }] : []),
        { label: labels.activity, value: activity.title },
        { label: labels.time, value: timeLine(activity, locale) },
        { label: labels.place, value: placeLine(activity) },
      ],
      { x: margin, y, width: contentWidth, labelWidth, size: 11 },
    );
    y = drawChoices(doc, y, labels.openness, labelWidth, [
      ...opennessSchema.options.map((option) => ({
        label: all.openness[option],
        checked: activity.openness === option,
      })),
    ]);
    y = drawChoices(doc, y, labels.beneficiaries, labelWidth, [
      ...beneficiaryGroupSchema.options.map((group) => ({
        label: all.beneficiaryGroups[group],
        checked: activity.beneficiaryGroups.includes(group),
      })),
    ]);
    y = drawChoices(doc, y, labels.plannedInProject, labelWidth, [
      { label: labels.plannedYes, checked: activity.isPlannedInProject },
      { label: labels.plannedNo, checked: !activity.isPlannedInProject },
    ]);
    y = drawFields(
      doc,
      [
        {
          label: labels.organizerCount,
          value: `${labels.headCount(activity.organizerCount)}        ${labels.servedCount}${all.colon}${labels.headCount(activity.servedCount)}`,
        },
      ],
      { x: margin, y: y + 2, width: contentWidth, labelWidth, size: 11 },
    );
    y += 4;

    const feedback = activity.feedback.map((f) => (f.saidBy ? `${f.text}（${f.saidBy}）` : f.text)).join('\n');
    // The three boxes share what is left of the page (half for what happened), never less than
    // room for a few handwritten lines: a long header pushes them onto a second page instead.
    const captions = 3 * 28;
    const left = a4.height - margin - 60 - y - captions;
    const room = Math.max(left, 320);
    const boxes = [
      { label: labels.content, height: room * 0.5, prefilled: activity.content },
      { label: labels.reflection, height: room * 0.25, prefilled: activity.reflection ?? '' },
      { label: labels.feedback, height: room * 0.25, prefilled: feedback },
    ];
    for (const box of boxes) {
      if (y + box.height + 28 > a4.height - margin) {
        doc.addPage();
        y = margin;
      }
      y = drawWritingBox(doc, { x: margin, y, width: contentWidth, ...box });
    }

    if (y + 50 > a4.height - margin) {
      doc.addPage();
      y = margin;
    }
    drawSignatureLine(doc, labels.recorder, margin, y + 8, contentWidth / 2 - 20);
    drawSignatureLine(doc, labels.date, margin + contentWidth / 2, y + 8, contentWidth / 2);
    doc
      .font(fontRegular)
      .fontSize(9)
      .fillColor('#444444')
      .text(labels.footer, margin, y + 34, { width: contentWidth });
    doc.fillColor('black');
  });
}

/** A bold caption then tick boxes that wrap; the known answer is ticked. Returns the y below. */
function drawChoices(
  doc: Pdf,
  y: number,
  caption: string,
  labelWidth: number,
  choices: readonly { label: string; checked: boolean }[],
): number {
  const size = 11;
  const box = 10;
  doc
    .font(fontBold)
    .fontSize(size)
    .fillColor('black')
    .text(caption, margin, y, { width: labelWidth - 4 });
  const captionBottom = doc.y;
  doc.font(fontRegular).fontSize(size);
  let x = margin + labelWidth;
  let line = y;
  for (const choice of choices) {
    const width = box + 4 + doc.widthOfString(choice.label) + 14;
    if (x + width > margin + contentWidth && x > margin + labelWidth) {
      x = margin + labelWidth;
      line += size * 1.6;
    }
    const top = line + (size * 1.35 - box) / 2;
    doc.lineWidth(0.8).strokeColor('#333333').rect(x, top, box, box).stroke();
    if (choice.checked) {
      doc
        .lineWidth(1.4)
        .moveTo(x + 2, top + box / 2)
        .lineTo(x + box / 2 - 0.5, top + box - 2.5)
        .lineTo(x + box - 1.5, top + 1.5)
        .stroke();
    }
    doc.text(choice.label, x + box + 4, line, { lineBreak: false });
    x += width;
  }
  return Math.max(captionBottom, line + size * 1.4) + 3;
}

function drawSignatureLine(doc: Pdf, label: string, x: number, y: number, width: number): void {
  doc.font(fontBold).fontSize(11).fillColor('black').text(label, x, y, { lineBreak: false });
  const start = x + doc.widthOfString(label) + 8;
  doc
    .lineWidth(0.8)
    .strokeColor('#333333')
    .moveTo(start, y + 15)
    .lineTo(x + width, y + 15)
    .stroke();
}
