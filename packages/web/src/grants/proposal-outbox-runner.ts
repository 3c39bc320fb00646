import type { GrantProposal } from '@seedbed/core';
import { api } from '../shared/api';
import { deliveredSignal, outboxLoop, withFreshCsrf } from '../shared/outbox-loop';
import {
  type LocalProposal,
  listLocalProposals,
  removeLocalProposal,
  writeLocalProposal,
} from './proposal-local-store';
import { type ProposalTransport, sendLocalProposal } from './proposal-outbox';

/** Runs the phone's proposal outbox (shared/outbox-loop.ts), beside the activity one. */
const path = (id: string) => `/api/grant-proposals/${encodeURIComponent(id)}`;

const browserTransport: ProposalTransport = {
  create: (body) => withFreshCsrf(() => api.post<GrantProposal>('/api/grant-proposals', body)),
  save: (id, body) => withFreshCsrf(() => api.put<GrantProposal>(path(id), body)),
  submit: (id) => withFreshCsrf(() => api.post<GrantProposal>(`${path(id)}/submit`)),
};

/** Proposals just delivered in this tab: the form that sent one opens its page. */
const sent = deliveredSignal<{ localId: string; proposalId: string }>('proposal-sent');
export function onProposalSent(listener: (localId: string, proposalId: string) => void): () => void {
  return sent.listen(({ localId, proposalId }) => listener(localId, proposalId));
}

const loop = outboxLoop<LocalProposal>({
  listPending: async () => (await listLocalProposals()).filter((item) => item.state === 'pending'),
  async sendOne(item) {
    const outcome = await sendLocalProposal(item, browserTransport, writeLocalProposal, Date.now());
    if (outcome.kind !== 'sent') return;
    await removeLocalProposal(item.localId);
    sent.announce({ localId: item.localId, proposalId: item.proposalId });
  },
});

export const runProposalOutbox = loop.run;
export const startProposalOutbox = loop.start;

/** Save (and maybe submit) from the form: the copy is queued and sent now if the network allows. */
export async function queueProposal(item: LocalProposal, wantsSubmit: boolean): Promise<LocalProposal> {
  const queued: LocalProposal = {
    ...item,
    state: 'pending',
    isSavePending: item.isCreated,
    wantsSubmit,
    rejection: null,
    attempts: 0,
    nextAttemptAt: 0,
    updatedAt: Date.now(),
  };
  await writeLocalProposal(queued);
  startProposalOutbox();
  void runProposalOutbox(true);
  return queued;
}
