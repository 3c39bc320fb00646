import type { Locale } from '../shared/locale';
import type { ApplicantOrigin, ApplicationStatus } from './schemas';

/**
 * The words for an applicant's origin and an application's step, written once: the web's training
 * messages (web/src/training/messages*.ts) and the roster sheet (server/src/training/roster-xlsx.ts)
 * both take them from here, so the sheet says what the screen says.
 */
export const trainingLabels: Record<
  Locale,
  { origins: Record<ApplicantOrigin, string>; statuses: Record<ApplicationStatus, string> }
> = {
  'zh-CN': {
    origins: {
      activist: '社区骨干',
      community_worker: '社区工作者',
      partner_ngo_staff: '合作社会组织',
      resident: '居民',
    },
    statuses: {
      applied: '已报名',
      interviewed: '已面试',
      committed: '已签承诺',
      accepted: '已录取',
      declined: '已婉拒',
    },
  },
  en: {
    origins: {
      activist: 'Activist',
      community_worker: 'Community worker',
      partner_ngo_staff: 'Partner NGO staff',
      resident: 'Resident',
    },
    statuses: {
      applied: 'Applied',
      interviewed: 'Interviewed',
      committed: 'Commitment signed',
      accepted: 'Accepted',
      declined: 'Declined',
    },
  },
};
