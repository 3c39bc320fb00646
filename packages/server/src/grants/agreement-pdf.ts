import { formatFen, type GrantAgreement } from '@seedbed/core';
import { contentWidth, drawFields, drawTable, drawTitle, fontRegular, margin, renderPdf } from '../documents';

/**
 * The grant agreement 资助协议 as an A4 PDF in Chinese, the paper both parties sign (pdfkit with
 * Noto Sans SC from the npm package, as every document of documents/). Amounts are yuan computed
 * from fen by core's formatFen. The rules are the round's negative list as signed.
 */
export function renderAgreementPdf(agreement: GrantAgreement): Promise<Buffer> {
  return renderPdf({ title: `资助协议 ${agreement.title}`, locale: 'zh-CN', numberPages: true }, (doc) => {
    let y = drawTitle(doc, '社区微公益创投资助协议', margin);
    y = drawFields(
      doc,
      [
        { label: '甲方（资助方）', value: agreement.grantorName },
        { label: '乙方（团队）', value: agreement.organization.name },
        { label: '项目', value: agreement.title },
        { label: '所属轮次', value: agreement.roundName },
        { label: '资助金额', value: formatFen(agreement.approvedFen) },
        { label: '执行期', value: `${agreement.startsOn} 至 ${agreement.endsOn}` },
        {
          label: '科目调剂',
          value: `每个预算科目最多可超出本科目预算的 ${agreement.tolerancePercent}%，总额不超过资助金额`,
        },
      ],
      { x: margin, y: y + 8, width: contentWidth, labelWidth: 100 },
    );
    y = drawTable(doc, {
      x: margin,
      y: y + 10,
      columns: [
        { label: '预算科目', width: contentWidth - 140 },
        { label: '预算金额', width: 140, align: 'right' },
      ],
      rows: [
        ...agreement.lines.map((line) => [line.label, formatFen(line.budgetFen)]),
        ['合计', formatFen(agreement.lines.reduce((total, line) => total + line.budgetFen, 0))],
      ],
      rowHeight: 22,
    });
    doc.font(fontRegular).fontSize(11);
    const rules = [
      '一、乙方先垫付、凭票报销：每月报销会上交收据照片和报销单，经培育方审核、另一人审批后付款。',
      '二、资助款只用于本协议所列预算科目，不得用于以下开支：',
      ...agreement.negativeList.map((entry) => `　　· ${entry.label}（${entry.keywords.slice(0, 6).join('、')}）`),
      '三、项目结束时乙方提交结项报告；未用完的预拨款退还甲方。',
    ];
    doc.text(rules.join('\n'), margin, y + 14, { width: contentWidth, lineGap: 4 });
    y = doc.y + 30;
    drawFields(
      doc,
      [
        { label: '甲方签章', value: '' },
        { label: '乙方负责人签字', value: '' },
        { label: '日期', value: '' },
      ],
      { x: margin, y, width: contentWidth, labelWidth: 120, size: 12 },
    );
  });
}
