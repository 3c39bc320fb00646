import { can } from '../permissions';
import type { Role } from '../shared/roles';
import { maskPhone } from './contact';
import type { PersonDetail, PersonSummary } from './schemas';

/**
 * Everything held about one person, before a role is applied: the store reads it, and
 * `personDetailAsSeenBy` decides what of it a role sees (contacts, visit notes, buttons).
 */
export type PersonRecord = Omit<PersonDetail, 'canEdit' | 'canVisit' | 'canMoveTrust' | 'canErase' | 'visits'> & {
  visits: NonNullable<PersonDetail['visits']>;
};

/**
 * A person in a list as `role` sees them: the phone masked (138****1234) unless the role reads
 * contacts — never for assistants, funders or experts (PIPL: the minimum necessary).
 */
export function personSummaryAsSeenBy<T extends Pick<PersonSummary, 'phone'>>(role: Role, person: T): T {
  return can(role, 'person.contact.read') ? person : { ...person, phone: maskPhone(person.phone) };
}

/**
 * One person as `role` sees them: the phone as in a list, staff's visit notes only for the
 * incubator team (null otherwise), and the buttons the role may use — none on a record that was
 * erased or merged away, since those refuse every write but a consent's withdrawal.
 */
export function personDetailAsSeenBy(role: Role, record: PersonRecord): PersonDetail {
  const isLive = !record.isErased && !record.mergedIntoId;
  return {
    ...personSummaryAsSeenBy(role, record),
    visits: can(role, 'person.visits.read') ? record.visits : null,
    canEdit: isLive && can(role, 'person.write'),
    canVisit: isLive && can(role, 'person.visit'),
    canMoveTrust: isLive && can(role, 'person.trust.move'),
    canErase: isLive && can(role, 'person.erase'),
  };
}
