import type { HeldRecords } from '@seedbed/core';
import type { AuditedWriter } from '../audited';
import type { StoreContext } from '../context';

/**
 * Who is being erased, as they were before: hooks need the name and phone to find copies that
 * were never linked to the person's id (a self sign-in, a feedback's "said by", a quote).
 */
export interface ErasedPerson {
  id: string;
  streetId: string;
  name: string;
  phone: string | null;
}

/** Another capability's part of erasing a person, inside the erasure's transaction. */
export type PersonErasureHook = (tx: AuditedWriter, person: ErasedPerson) => Promise<void>;

/** Another capability's part of a person's export (PIPL art. 45): what it holds about them. */
export type PersonExportHook = (call: Pick<StoreContext, 'db'>, person: ErasedPerson) => Promise<HeldRecords>;
