import { type Locale, presentAt, type TrainingCohortDetail, trainingLabels } from '@seedbed/core';
import ExcelJS from 'exceljs';

/**
 * A cohort's roster as an .xlsx file (exceljs, already used for the place sheet): one row per
 * application with its step, guarantor, committee post, a ✓ per session attended and graduation —
 * the sheet staff print for the class or hand to the street. Names only, no phones.
 */
export { xlsxType } from '../http/xlsx';

/** The sheet's own words; origins and steps are core's trainingLabels, shared with the screen. */
const words = {
  'zh-CN': {
    sheet: '花名册',
    name: '姓名',
    origin: '来自',
    guarantor: '担保人',
    status: '状态',
    post: '班委',
    attended: '出勤次数',
    session: (n: number) => `第${n}次课`,
    graduated: '毕业',
    yes: '是',
  },
  en: {
    sheet: 'Roster',
    name: 'Name',
    origin: 'Comes from',
    guarantor: 'Guarantor',
    status: 'Status',
    post: 'Committee',
    attended: 'Sessions attended',
    session: (n: number) => `Session ${n}`,
    graduated: 'Graduated',
    yes: 'yes',
  },
} as const;

export async function cohortRoster(detail: TrainingCohortDetail, locale: Locale): Promise<Uint8Array> {
  const w = words[locale];
  const labels = trainingLabels[locale];
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(w.sheet);
  sheet.addRow([`${detail.cohort.programmeName} ${detail.cohort.name}`]);
  sheet.getRow(1).font = { bold: true };
  sheet.addRow([
    w.name,
    w.origin,
    w.guarantor,
    w.status,
    w.post,
    w.attended,
    ...detail.sessions.map((s) => w.session(s.number)),
    w.graduated,
  ]);
  sheet.getRow(2).font = { bold: true };
  const postOf = new Map((detail.committee ?? []).map((c) => [c.applicationId, c.post]));
  for (const application of detail.applications ?? [])
    sheet.addRow([
      application.person.name,
      labels.origins[application.origin],
      application.guarantor.name,
      labels.statuses[application.status],
      postOf.get(application.id) ?? '',
      application.status === 'accepted' ? application.sessionsAttended : '',
      // Ticked on the roll call or signed in at the session's activity (core presentAt).
      ...detail.sessions.map((s) => (presentAt(s).has(application.id) ? '✓' : '')),
      application.graduated ? w.yes : '',
    ]);
  sheet.getColumn(1).width = 14;
  sheet.getColumn(3).width = 14;
  return new Uint8Array(await book.xlsx.writeBuffer());
}
