import type { GrantProposal } from '@seedbed/core';
import { describe, expect, it } from 'vitest';
import { emptyProposalValues } from './proposal-form-values';
import { type LocalProposal, newLocalProposal } from './proposal-local-store';
import { type ProposalTransport, sendLocalProposal } from './proposal-outbox';

const ids = { roundId: 'r', roundCode: 'ABC', organizationId: 'o' };

/** A server that keeps proposals by the phone's id, counts versions, and can drop the network. */
function fakeServer() {
  const versions = new Map<string, number>();
  const submitted = new Set<string>();
  const state = { isOffline: false, needsAdult: false, calls: [] as string[] };
  const offline = () => Object.assign(new Error('network'), { status: 0, code: 'client.network', fields: [] });
  const answer = (id: string) =>
    ({ id, currentVersion: versions.get(id), status: submitted.has(id) ? 'submitted' : 'draft' }) as GrantProposal;
  const transport: ProposalTransport = {
    async create(body) {
      state.calls.push('create');
      if (state.isOffline) throw offline();
      if (!versions.has(body.id)) versions.set(body.id, 1);
      return answer(body.id);
    },
    async save(id, body) {
      state.calls.push('save');
      if (state.isOffline) throw offline();
      if (body.baseVersion !== versions.get(id))
        throw Object.assign(new Error('在别处改过了'), {
          status: 409,
          code: 'grants.proposal_stale_version',
          fields: [],
        });
      versions.set(id, body.baseVersion + 1);
      return answer(id);
    },
    async submit(id) {
      state.calls.push('submit');
      if (state.isOffline) throw offline();
      if (state.needsAdult)
        throw Object.assign(new Error('要先请负责的成年人签字'), {
          status: 409,
          code: 'grants.proposal_adult_signature_required',
          fields: [],
        });
      submitted.add(id);
      return answer(id);
    },
  };
  return { transport, state, versions, submitted };
}

function queued(patch: Partial<LocalProposal> = {}): LocalProposal {
  const item = newLocalProposal(
    { ...ids, values: { ...emptyProposalValues(), title: '楼道花园' }, baseVersion: null },
    0,
  );
  return { ...item, state: 'pending', wantsSubmit: true, ...patch };
}

describe('sending a queued proposal', () => {
  it('waits without the network, then creates and submits it once it returns, keeping each step', async () => {
    const server = fakeServer();
    const stored: LocalProposal[] = [];
    const keep = async (item: LocalProposal) => void stored.push(item);
    server.state.isOffline = true;
    const waiting = await sendLocalProposal(queued(), server.transport, keep, 1_000);
    expect(waiting.kind).toBe('waiting');
    if (waiting.kind !== 'waiting') return;
    expect(waiting.item.nextAttemptAt).toBeGreaterThan(1_000);

    server.state.isOffline = false;
    const sent = await sendLocalProposal(waiting.item, server.transport, keep, 2_000);
    expect(sent.kind).toBe('sent');
    expect(server.submitted.has(waiting.item.proposalId)).toBe(true);
    expect(stored.at(-1)).toMatchObject({ isCreated: true, baseVersion: 1, wantsSubmit: false });
  });

  it('sends a save from the version it was written on, and a submit lost on the way is not sent as a create again', async () => {
    const server = fakeServer();
    const first = await sendLocalProposal(queued({ wantsSubmit: false }), server.transport, async () => {}, 0);
    expect(first.kind).toBe('sent');
    const edit = queued({ proposalId: queued().proposalId, isCreated: true, isSavePending: true, baseVersion: 1 });
    server.versions.set(edit.proposalId, 1);
    server.state.calls = [];
    await sendLocalProposal(edit, server.transport, async () => {}, 0);
    expect(server.state.calls).toEqual(['save', 'submit']);
    expect(server.versions.get(edit.proposalId)).toBe(2);
  });

  it('leaves a children’s council’s saved proposal to its page when the submit waits for the adult’s signature', async () => {
    const server = fakeServer();
    server.state.needsAdult = true;
    const stored: LocalProposal[] = [];
    const outcome = await sendLocalProposal(queued(), server.transport, async (item) => void stored.push(item), 0);
    expect(outcome.kind).toBe('sent');
    expect([...server.versions.values()]).toEqual([1]);
    expect(server.submitted.size).toBe(0);
    expect(stored.at(-1)).toMatchObject({ isCreated: true, isSavePending: false, wantsSubmit: false });
  });

  it('comes back as stale, with the typed values, when another version was saved meanwhile', async () => {
    const server = fakeServer();
    const edit = queued({ isCreated: true, isSavePending: true, baseVersion: 1 });
    server.versions.set(edit.proposalId, 2);
    const outcome = await sendLocalProposal(edit, server.transport, async () => {}, 0);
    expect(outcome.kind).toBe('stale');
    if (outcome.kind !== 'stale') return;
    expect(outcome.item.values.title).toBe('楼道花园');
    expect(outcome.item.rejection?.code).toBe('grants.proposal_stale_version');
  });
});
