import { toExcelCsv } from '../shared/csv';
import type { Locale } from '../shared/locale';
import type { CoachingCapability, CoachingKind, CoachingSession } from './schemas';

/** Words for the CSV export (the web app has its own catalogue; the CSV is made on the server). */
export const coachingKindLabels: Record<Locale, Record<CoachingKind, string>> = {
  'zh-CN': {
    training_course: '培训班',
    workshop: '培力公坊',
    open_day: '开放日一对一辅导',
    online_qa: '线上答疑',
    reimbursement: '报销辅导',
    life_meeting: '自组织生活会',
    showcase: '成果展示',
  },
  en: {
    training_course: 'Training course',
    workshop: 'Workshop',
    open_day: 'Open-day one-to-one',
    online_qa: 'Online Q&A',
    reimbursement: 'Reimbursement coaching',
    life_meeting: 'Life meeting',
    showcase: 'Showcase',
  },
};

export const coachingCapabilityLabels: Record<Locale, Record<CoachingCapability, string>> = {
  'zh-CN': {
    internal_management: '内部管理',
    project_operation: '项目运作',
    use_of_funds: '资金使用',
    publicity: '宣传',
  },
  en: {
    internal_management: 'Internal management',
    project_operation: 'Project operation',
    use_of_funds: 'Use of funds',
    publicity: 'Publicity',
  },
};

const headers: Record<Locale, readonly string[]> = {
  'zh-CN': [
    '日期',
    '开始时间',
    '时长（分钟）',
    '形式',
    '辅导类型',
    '主题',
    '培育方人员',
    '参加的自组织',
    '自组织数',
    '参加人数',
    '能力建设',
  ],
  en: [
    'Date',
    'Start',
    'Minutes',
    'Mode',
    'Kind',
    'Topic',
    'Staff',
    'Organizations',
    'Organization count',
    'People present',
    'Capabilities',
  ],
};

const modes: Record<Locale, { online: string; offline: string }> = {
  'zh-CN': { online: '线上', offline: '线下' },
  en: { online: 'Online', offline: 'Offline' },
};

/**
 * The sessions of a period as CSV for Excel: UTF-8 with a byte-order mark (without it Excel on
 * Windows reads Chinese as mojibake), CRLF line ends, words in the caller's language. Outcome notes
 * are left out: the export is for counting the work, and may go to funders.
 */
export function coachingSessionsToCsv(sessions: readonly CoachingSession[], locale: Locale): string {
  const separator = locale === 'zh-CN' ? '、' : '; ';
  return toExcelCsv(
    headers[locale],
    sessions.map((session) => [
      session.heldOn,
      session.startTime,
      session.durationMinutes,
      session.isOnline ? modes[locale].online : modes[locale].offline,
      coachingKindLabels[locale][session.kind],
      session.topic,
      session.staff.map((s) => s.name).join(separator),
      session.organizations.map((o) => o.name).join(separator),
      session.organizations.length,
      session.people.length + session.otherCount,
      session.capabilities.map((c) => coachingCapabilityLabels[locale][c]).join(separator),
    ]),
  );
}
