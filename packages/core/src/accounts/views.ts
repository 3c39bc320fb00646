import { maskPhone } from '../people';
import { can } from '../permissions';
import type { Role } from '../shared/roles';
import type { AccountSummary } from './manage-schemas';

/**
 * What a role sees of an account on the accounts page. The phone is personal data (PIPL): only a
 * role that may read contact details gets it whole — the staff who hand a leader a reset code or
 * call them; anyone else who may list accounts sees it masked.
 */
export function accountAsSeenBy(role: Role, account: AccountSummary): AccountSummary {
  return can(role, 'person.contact.read') ? account : { ...account, phone: maskPhone(account.phone) };
}
