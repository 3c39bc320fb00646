import { api } from '../shared/api';
import { deliveredSignal, outboxLoop, withFreshCsrf } from '../shared/outbox-loop';
import { type LocalActivity, type LocalFile, listLocal, removeLocal, writeLocal } from './local-store';
import { sendLocalActivity, type Transport } from './outbox';

/**
 * Runs the phone's activity outbox (shared/outbox-loop.ts: on app start, when the browser says it
 * is back `online`, on a timer with backoff, and when the leader submits or taps "try now").
 */
function uploadPath(activityId: string, file: LocalFile): string {
  const base = `/api/activities/${encodeURIComponent(activityId)}`;
  switch (file.kind) {
    case 'photo':
      return `${base}/photos`;
    case 'video':
      return `${base}/video`;
    default:
      return `${base}/sheet-photos?kind=${file.kind}`;
  }
}

export const browserTransport: Transport = {
  createActivity: (body, key) =>
    withFreshCsrf(() => api.post<{ id: string }>('/api/activities', body, { headers: { 'Idempotency-Key': key } })),
  updateActivity: (id, body) => api.patch(`/api/activities/${encodeURIComponent(id)}`, body),
  uploadFile: (activityId, file) => api.post(uploadPath(activityId, file), file.blob),
};

/** Activities just sent in this tab, by local id: the form that submitted one opens its page. */
const sent = deliveredSignal<{ localId: string; activityId: string }>('activity-sent');
export function onSent(listener: (localId: string, activityId: string) => void): () => void {
  return sent.listen(({ localId, activityId }) => listener(localId, activityId));
}

const loop = outboxLoop<LocalActivity>({
  listPending: async () => (await listLocal()).filter((item) => item.state === 'pending'),
  async sendOne(item) {
    const outcome = await sendLocalActivity(item, browserTransport, writeLocal, {
      now: Date.now(),
      newKey: () => crypto.randomUUID(),
    });
    if (outcome.kind !== 'sent') return;
    await removeLocal(item.localId);
    sent.announce({ localId: item.localId, activityId: outcome.activityId });
  },
});

/** Sends every pending activity that is due (`force`: ignore the backoff). */
export const runOutbox = loop.run;

/** Once per tab: send what an earlier visit left, and again whenever the network returns. */
export const startOutbox = loop.start;

/** Submit from the form: the copy becomes pending and is sent now if the network allows. */
export async function submitLocal(item: LocalActivity): Promise<void> {
  await writeLocal({
    ...item,
    state: 'pending',
    rejection: null,
    attempts: 0,
    nextAttemptAt: 0,
    updatedAt: Date.now(),
  });
  startOutbox();
  await runOutbox(true);
}
