import { can, maskPhone, type PersonDetail, type PersonSummary } from '@seedbed/core';
import { type Db, findPerson } from '@seedbed/db';
import type { Caller } from '../http/env';

/** A summary as this caller may see it: the phone masked unless the role reads contacts. */
export function summaryFor<T extends Pick<PersonSummary, 'phone'>>(caller: Caller, person: T): T {
  return can(caller.role, 'person.contact.read') ? person : { ...person, phone: maskPhone(person.phone) };
}

/** One person as this caller may see them: masked phone, visit notes only for the incubator team. */
export async function personDetailFor(db: Db, caller: Caller, id: string, today: string) {
  const found = await findPerson(db, caller.scope, id, today);
  if (!found.ok) return found;
  const record = found.value;
  const isLive = !record.isErased && !record.mergedIntoId;
  const detail: PersonDetail = {
    ...summaryFor(caller, record),
    visits: can(caller.role, 'person.visits.read') ? record.visits : null,
    canEdit: isLive && can(caller.role, 'person.write'),
    canVisit: isLive && can(caller.role, 'person.visit'),
    canMoveTrust: isLive && can(caller.role, 'person.trust.move'),
    canErase: isLive && can(caller.role, 'person.erase'),
  };
  return { ok: true as const, value: detail };
}
