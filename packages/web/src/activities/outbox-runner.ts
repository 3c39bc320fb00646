import { ApiError, api, setCsrfToken } from '../shared/api';
import { type LocalActivity, type LocalFile, listLocal, removeLocal, writeLocal } from './local-store';
import { sendLocalActivity, type Transport } from './outbox';

/**
 * Runs the phone's outbox: on app start, when the browser says it is back `online`, on a timer
 * with backoff, and when the leader submits or taps "try now". One run at a time.
 */
/**
 * Sends the record with its idempotency key. The outbox may run at app start, before the session
 * answered with its CSRF token: a refused token is fetched again once and the send retried.
 */
async function postRecord(body: unknown, idempotencyKey: string, refreshed = false): Promise<{ id: string }> {
  try {
    return await api.post<{ id: string }>('/api/activities', body, { headers: { 'Idempotency-Key': idempotencyKey } });
  } catch (error) {
    if (refreshed || !(error instanceof ApiError) || error.status !== 403 || error.code !== 'auth.csrf') throw error;
    const me = await api.get<{ csrfToken: string }>('/api/auth/me', { anonymous: true });
    setCsrfToken(me.csrfToken);
    return postRecord(body, idempotencyKey, true);
  }
}

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
  createActivity: (body, key) => postRecord(body, key),
  updateActivity: (id, body) => api.patch(`/api/activities/${encodeURIComponent(id)}`, body),
  uploadFile: (activityId, file) => api.post(uploadPath(activityId, file), file.blob),
};

/** Activities just sent in this tab, by local id: the form that submitted one opens its page. */
const sentEvent = 'seedbed:activity-sent';
export function onSent(listener: (localId: string, activityId: string) => void): () => void {
  const handler = (event: Event) => {
    const { localId, activityId } = (event as CustomEvent<{ localId: string; activityId: string }>).detail;
    listener(localId, activityId);
  };
  globalThis.addEventListener(sentEvent, handler);
  return () => globalThis.removeEventListener(sentEvent, handler);
}

let isRunning = false;
let runAgain = false;
let timer: ReturnType<typeof setTimeout> | null = null;

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/** Sends every pending activity that is due (`force`: ignore the backoff). */
export async function runOutbox(force = false): Promise<void> {
  if (isRunning) {
    runAgain = true;
    return;
  }
  isRunning = true;
  try {
    const pending = (await listLocal()).filter((item) => item.state === 'pending');
    for (const item of pending) {
      if (isOffline()) break;
      if (!force && item.nextAttemptAt > Date.now()) continue;
      const outcome = await sendLocalActivity(item, browserTransport, writeLocal, {
        now: Date.now(),
        newKey: () => crypto.randomUUID(),
      });
      if (outcome.kind === 'sent') {
        await removeLocal(item.localId);
        globalThis.dispatchEvent(
          new CustomEvent(sentEvent, { detail: { localId: item.localId, activityId: outcome.activityId } }),
        );
      }
    }
  } finally {
    isRunning = false;
  }
  if (runAgain) {
    runAgain = false;
    return runOutbox(force);
  }
  await scheduleNext();
}

async function scheduleNext(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  const pending = (await listLocal()).filter((item) => item.state === 'pending');
  if (pending.length === 0) return;
  const due = Math.min(...pending.map((item) => item.nextAttemptAt));
  timer = setTimeout(() => void runOutbox(), Math.max(1_000, due - Date.now()));
}

let isStarted = false;

/** Once per tab: send what an earlier visit left, and again whenever the network returns. */
export function startOutbox(): void {
  if (isStarted || typeof window === 'undefined') return;
  isStarted = true;
  window.addEventListener('online', () => void runOutbox(true));
  void runOutbox(true);
}

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
