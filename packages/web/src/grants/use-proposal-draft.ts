import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProposalFormValues } from './proposal-form-values';
import {
  type LocalProposal,
  listLocalProposals,
  onLocalProposalChange,
  readLocalProposal,
  writeLocalProposal,
} from './proposal-local-store';
import { onProposalSent, queueProposal, startProposalOutbox } from './proposal-outbox-runner';

/**
 * The proposal form's copy on the phone: resumed if one exists (the proposal's own copy, or the
 * latest unsent new one for this team and round), saved on every change, queued on 保存 / 提交.
 * `sentProposalId` is set once the outbox delivered it.
 */
export function useProposalDraft(start: () => LocalProposal) {
  const starting = useRef(start);
  const [item, setItem] = useState<LocalProposal | null>(null);
  const [sentProposalId, setSentProposalId] = useState<string | null>(null);
  const latest = useRef<LocalProposal | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let isCancelled = false;
    startProposalOutbox();
    (async () => {
      const fresh = starting.current();
      const resumed =
        fresh.baseVersion !== null
          ? await readLocalProposal(fresh.localId)
          : (await listLocalProposals()).find(
              (candidate) =>
                !candidate.isCreated &&
                candidate.roundId === fresh.roundId &&
                candidate.organizationId === fresh.organizationId,
            );
      if (isCancelled) return;
      // A fresh copy is written once something is typed: opening the form and leaving leaves nothing behind.
      const chosen = resumed ?? fresh;
      latest.current = chosen;
      setItem(chosen);
    })();
    return () => {
      isCancelled = true;
    };
  }, []);

  // The outbox changes the copy (pending → rejected or stale): follow it.
  useEffect(
    () =>
      onLocalProposalChange(() => {
        const current = latest.current;
        if (!current) return;
        void readLocalProposal(current.localId).then((stored) => {
          if (stored && stored.updatedAt >= current.updatedAt && stored.state !== current.state) {
            latest.current = stored;
            setItem(stored);
          }
        });
      }),
    [],
  );

  useEffect(
    () =>
      onProposalSent((localId, proposalId) => {
        if (localId === latest.current?.localId) setSentProposalId(proposalId);
      }),
    [],
  );

  useEffect(
    () => () => {
      // Leaving the page: write what is typed now rather than lose the last keystrokes.
      if (saveTimer.current && latest.current && latest.current.state !== 'pending')
        void writeLocalProposal(latest.current);
    },
    [],
  );

  const update = useCallback((patch: Partial<LocalProposal>) => {
    const current = latest.current;
    if (!current || current.state === 'pending') return;
    const next: LocalProposal = { ...current, ...patch, updatedAt: Date.now() };
    latest.current = next;
    setItem(next);
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => {
      saveTimer.current = null;
      void writeLocalProposal(next);
    }, 300);
  }, []);

  const change = useCallback((values: ProposalFormValues) => update({ values }), [update]);

  const send = useCallback(async (wantsSubmit: boolean) => {
    const current = latest.current;
    if (!current) return;
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = null;
    const queued = await queueProposal(current, wantsSubmit);
    latest.current = queued;
    setItem(queued);
  }, []);

  /**
   * After 在别处改过了: write on from the newer version — keeping what this phone typed (it becomes
   * the next version) or taking the newer text instead.
   */
  const rebase = useCallback(
    (currentVersion: number, values?: ProposalFormValues) =>
      update({ baseVersion: currentVersion, state: 'draft', rejection: null, ...(values ? { values } : {}) }),
    [update],
  );

  return { item, change, send, rebase, sentProposalId };
}
