import type { Locale } from '../shared/locale';
import type { Role } from '../shared/roles';
import type { GrantClaim } from './claim-schemas';
import type { ClaimState } from './claim-states';

/**
 * Who may read the name of the resident who advanced the money: those who pay them back and the
 * team itself. A funder audits the money trail to the fen without learning residents' names
 * (issue 17), and officials do not need it either (PIPL: the minimum).
 */
const seesWhoAdvanced: readonly Role[] = [
  'admin',
  'incubator_staff',
  'incubator_assistant',
  'organization_leader',
  'organization_member',
];

export function claimAsSeenBy(role: Role, claim: GrantClaim): GrantClaim {
  return seesWhoAdvanced.includes(role) ? claim : { ...claim, advancedByName: null };
}

/** A claim's state in words, for sheets and pages (the web has its own catalogue copy for its pages). */
export const claimStateLabels = {
  'zh-CN': {
    submitted: '已提交',
    changes_requested: '需修改',
    checked: '已审核',
    approved: '已审批',
    paid: '已付款',
    declined: '不予报销',
  },
  en: {
    submitted: 'Submitted',
    changes_requested: 'Changes requested',
    checked: 'Checked',
    approved: 'Approved',
    paid: 'Paid',
    declined: 'Declined',
  },
} as const satisfies Record<Locale, Record<ClaimState, string>>;
