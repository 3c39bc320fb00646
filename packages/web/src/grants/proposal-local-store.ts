import { localRecords } from '../shared/local-records';
import type { ProposalFormValues } from './proposal-form-values';

/**
 * The team's proposal kept on the phone as it is typed (IndexedDB), and, once saved or submitted,
 * queued until the server has it: the create with the phone-made id, then the save of a new
 * version from `baseVersion`, then the submit if asked for. A copy is removed only once the server
 * has all of it; a refusal or a version changed elsewhere comes back to the leader, nothing lost.
 */
export type LocalProposalState =
  /** Being written; saved on every change. */
  | 'draft'
  /** Saved or submitted; waits for the network (or is being sent). */
  | 'pending'
  /** The server refused it (4xx): back in the leader's hands with the reasons. */
  | 'rejected'
  /** Someone saved another version meanwhile (在别处改过了): both are shown, the leader chooses. */
  | 'stale';

export interface LocalProposal {
  localId: string;
  /** Made on the phone before the first send, so a create sent again finds the proposal it made. */
  proposalId: string;
  /** Whether the server has the proposal (the create was answered). */
  isCreated: boolean;
  roundId: string;
  roundCode: string;
  organizationId: string;
  values: ProposalFormValues;
  /** The version these values were written from; null while the proposal is new. */
  baseVersion: number | null;
  /** The save of these values is still to send. */
  isSavePending: boolean;
  /** Submit to the round once saved. */
  wantsSubmit: boolean;
  state: LocalProposalState;
  attempts: number;
  nextAttemptAt: number;
  rejection: { code: string; message: string; fields: { path: string; message: string }[] } | null;
  updatedAt: number;
}

const records = localRecords<LocalProposal>('seedbed-proposals');

export const onLocalProposalChange = records.onChange;
export const readLocalProposal = records.read;
export const writeLocalProposal = records.write;
export const removeLocalProposal = records.remove;
export const listLocalProposals = records.list;

export function newLocalProposal(
  fields: Pick<LocalProposal, 'roundId' | 'roundCode' | 'organizationId' | 'values' | 'baseVersion'> & {
    proposalId?: string;
  },
  now: number,
): LocalProposal {
  const proposalId = fields.proposalId ?? crypto.randomUUID();
  return {
    ...fields,
    localId: proposalId,
    proposalId,
    isCreated: fields.baseVersion !== null,
    isSavePending: false,
    wantsSubmit: false,
    state: 'draft',
    attempts: 0,
    nextAttemptAt: 0,
    rejection: null,
    updatedAt: now,
  };
}
