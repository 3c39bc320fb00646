import { deliberationLabels, type Locale, type Meeting, type Vote } from '@seedbed/core';
import {
  a4,
  contentWidth,
  drawFields,
  drawQrCode,
  drawTitle,
  fontBold,
  fontRegular,
  margin,
  type Pdf,
  renderPdf,
} from '../documents';
import { minutesText } from './minutes-text';

/**
 * A meeting's minutes 会议纪要 as an A4 PDF in Chinese (or English), with the Noto font subset in
 * as every Seedbed document: who met, the agenda, motions, each vote's count and outcome (counts
 * only: a secret vote's voters are never on paper), decisions, follow-ups with their owners, and the
 * chair's record.
 */
export function renderMinutesPdf(meeting: Meeting, locale: Locale): Promise<Buffer> {
  const text = minutesText(locale);
  return renderPdf({ title: `${text.minutes} ${meeting.title}`, locale, numberPages: true }, (doc) => {
    let y = drawTitle(doc, meeting.title, margin, 18);
    doc.font(fontRegular).fontSize(12).text(text.minutes, margin, y, { width: contentWidth, align: 'center' });
    y = doc.y + 10;
    const labelWidth = locale === 'en' ? 80 : 64;
    y = drawFields(
      doc,
      [
        { label: text.type, value: meeting.typeName },
        { label: text.day, value: meeting.heldOn },
        { label: text.place, value: meeting.place ?? '' },
        {
          label: text.attendees,
          value: `${meeting.attendees.map((a) => a.name).join('、')}（${text.attendeeCount(meeting.attendees.length)}）`,
        },
      ],
      { x: margin, y, width: contentWidth, labelWidth },
    );
    y = section(
      doc,
      y,
      text.agenda,
      meeting.agenda.map((item) => `${item.position}. ${item.title}`),
      text.none,
    );
    y = section(
      doc,
      y,
      text.motions,
      meeting.motions.map((m) => `· ${m.text}${m.amendsId ? text.amends : ''}`),
      text.none,
    );
    y = section(
      doc,
      y,
      text.votes,
      meeting.votes.map((vote) => voteLine(vote, locale)),
      text.none,
    );
    y = section(
      doc,
      y,
      text.decisions,
      meeting.decisions.map((d) => `· ${d.text}`),
      text.none,
    );
    y = section(
      doc,
      y,
      text.followUps,
      meeting.followUps.map(
        (f) =>
          `· ${f.what}${f.ownerName ? `　${text.owner}：${f.ownerName}` : ''}${f.dueOn ? `　${text.due}：${f.dueOn}` : ''}　${f.doneOn ? `${text.done} ${f.doneOn}` : text.notDone}`,
      ),
      text.none,
    );
    section(doc, y, text.record, [meeting.minutes ?? ''], text.none);
  });
}

function voteLine(vote: Vote, locale: Locale): string {
  const text = minutesText(locale);
  const rule = deliberationLabels[locale].rule[vote.majorityRule];
  const head = `· ${vote.question}（${vote.isSecret ? text.secret : text.open}，${rule}）`;
  if (!vote.result) return `${head}　${text.stillOpen}`;
  const result = vote.result;
  const label = (choice: string) => text.motion[choice] ?? vote.options.find((o) => o.id === choice)?.label ?? choice;
  const counts = Object.entries(result.counts)
    .map(([choice, n]) => `${label(choice)} ${n}`)
    .join('，');
  const outcome =
    (text.outcomes[result.outcome] ?? result.outcome) +
    (result.leaders.length ? `：${result.leaders.map(label).join('、')}` : '');
  const objections =
    result.objections > 0
      ? `；${text.objections(result.objections)}${result.objectionNote ? `：${result.objectionNote}` : ''}`
      : '';
  return `${head}\n  ${counts}\n  ${text.result({ cast: result.cast, eligible: result.eligible, outcome })}${objections}`;
}

/** A bold heading and its lines; a new page when the heading would sit at the foot. Returns the y below. */
function section(doc: Pdf, top: number, heading: string, lines: readonly string[], none: string): number {
  let y = top + 8;
  if (y > a4.height - margin - 60) {
    doc.addPage();
    y = margin;
  }
  doc.font(fontBold).fontSize(13).text(heading, margin, y, { width: contentWidth });
  doc.font(fontRegular).fontSize(11);
  const body = lines.filter((line) => line.trim() !== '');
  doc.text(body.length ? body.join('\n') : none, margin, doc.y + 4, { width: contentWidth, lineGap: 3 });
  return doc.y + 4;
}

/**
 * The ballot slips of a vote to print and cut: two columns, each slip with the voter's name, the
 * question, the QR code of its page /b/{code} and the code to type. The sheet is the chair's: it
 * names each voter, as the slip handed to them must.
 */
export function renderSlipsPdf(
  vote: { question: string; slips: readonly { name: string; code: string }[] },
  linkOf: (code: string) => string,
  locale: Locale,
): Promise<Buffer> {
  const text = minutesText(locale);
  return renderPdf({ title: `${text.slipsTitle} ${vote.question}`, locale }, (doc) => {
    const columns = 2;
    const width = contentWidth / columns;
    const height = 180;
    const perPage = columns * Math.floor((a4.height - 2 * margin) / height);
    vote.slips.forEach((slip, index) => {
      if (index > 0 && index % perPage === 0) doc.addPage();
      const place = index % perPage;
      const x = margin + (place % columns) * width;
      const y = margin + Math.floor(place / columns) * height;
      doc
        .save()
        .dash(3, { space: 3 })
        .rect(x + 2, y + 2, width - 4, height - 4)
        .stroke()
        .undash()
        .restore();
      doc
        .font(fontBold)
        .fontSize(14)
        .text(slip.name, x + 10, y + 10, { width: width - 20, lineBreak: false });
      doc
        .font(fontRegular)
        .fontSize(10)
        .text(vote.question, x + 10, y + 32, { width: width - 130, height: 60 });
      drawQrCode(doc, linkOf(slip.code), x + width - 118, y + 26, 108);
      doc
        .font(fontBold)
        .fontSize(13)
        .text(slip.code, x + 10, y + 100, { width: width - 130, lineBreak: false });
      doc
        .font(fontRegular)
        .fontSize(8)
        .text(text.slipHint, x + 10, y + 124, { width: width - 20, height: 48 });
    });
  });
}
