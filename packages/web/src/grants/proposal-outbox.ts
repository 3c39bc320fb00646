import type { GrantProposal, ProposalContentInput } from '@seedbed/core';
import { asSendFailure, isPassingTrouble, retryDelayMs, type SendFailure } from '../shared/send-failure';
import { toProposalContent } from './proposal-form-values';
import type { LocalProposal } from './proposal-local-store';

/**
 * Sending one queued proposal: the create (POST with the phone-made id: sent twice, it answers the
 * proposal it made), or the save of a new version from `baseVersion` (sent twice, it answers the
 * version it made), then the submit if asked for. Each step is stored as it succeeds, so a dropped
 * network resumes where it stopped. Pure of the browser: the transport and storage are passed in.
 */
export interface ProposalTransport {
  create(body: {
    id: string;
    roundId: string;
    organizationId: string;
    content: ProposalContentInput;
  }): Promise<GrantProposal>;
  save(id: string, body: { baseVersion: number; content: ProposalContentInput }): Promise<GrantProposal>;
  submit(id: string): Promise<GrantProposal>;
}

export type ProposalOutcome =
  | { kind: 'sent'; proposal: GrantProposal | null }
  | { kind: 'waiting' | 'rejected' | 'stale'; item: LocalProposal };

/** Codes that say the step was done already: a submit answered but its answer lost. */
const doneAlready = new Set(['grants.proposal_already_submitted']);
/**
 * A submit refused for what the proposal's page does, not the form: a children's council's adult
 * signs the saved version there and submits it (proposal-next-steps.tsx). The words are on the
 * server, so the copy is done; sending it again would save a new version and undo the signature.
 */
const submitOnPage = new Set(['grants.proposal_adult_signature_required']);

export async function sendLocalProposal(
  item: LocalProposal,
  transport: ProposalTransport,
  save: (item: LocalProposal) => Promise<void>,
  now: number,
): Promise<ProposalOutcome> {
  let current = item;
  let proposal: GrantProposal | null = null;
  const settle = async (patch: Partial<LocalProposal>) => {
    current = { ...current, ...patch, updatedAt: now };
    await save(current);
  };
  const failed = async (failure: SendFailure): Promise<ProposalOutcome> => {
    if (isPassingTrouble(failure)) {
      const attempts = current.attempts + 1;
      await settle({ attempts, nextAttemptAt: now + retryDelayMs(attempts) });
      return { kind: 'waiting', item: current };
    }
    const state = failure.code === 'grants.proposal_stale_version' ? 'stale' : 'rejected';
    await settle({ state, rejection: { code: failure.code, message: failure.message, fields: failure.fields } });
    return { kind: state, item: current };
  };

  try {
    const content = toProposalContent(current.values);
    if (!current.isCreated) {
      proposal = await transport.create({
        id: current.proposalId,
        roundId: current.roundId,
        organizationId: current.organizationId,
        content,
      });
      await settle({ isCreated: true, isSavePending: false, baseVersion: proposal.currentVersion });
    } else if (current.isSavePending) {
      proposal = await transport.save(current.proposalId, { baseVersion: current.baseVersion ?? 1, content });
      await settle({ isSavePending: false, baseVersion: proposal.currentVersion });
    }
  } catch (error) {
    return failed(asSendFailure(error));
  }
  if (current.wantsSubmit) {
    try {
      proposal = await transport.submit(current.proposalId);
    } catch (error) {
      const failure = asSendFailure(error);
      if (!doneAlready.has(failure.code) && !submitOnPage.has(failure.code)) return failed(failure);
    }
    await settle({ wantsSubmit: false });
  }
  return { kind: 'sent', proposal };
}
