import { ApiError, api, setCsrfToken } from './api';

/**
 * The loop every outbox of the phone runs (activity records, proposal versions): on app start, when
 * the browser says it is back `online`, on a timer with backoff, and when the user submits or taps
 * "try now". One run at a time per outbox; a run asked for meanwhile runs after it.
 */
export interface OutboxItem {
  /** Epoch ms before which the loop does not retry (backoff). */
  nextAttemptAt: number;
}

export function outboxLoop<Item extends OutboxItem>({
  listPending,
  sendOne,
}: {
  listPending: () => Promise<Item[]>;
  /** Sends one item and stores what became of it. */
  sendOne: (item: Item) => Promise<void>;
}) {
  let isRunning = false;
  let runAgain = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let isStarted = false;

  /** Sends every pending item that is due (`force`: ignore the backoff). */
  async function run(force = false): Promise<void> {
    if (isRunning) {
      runAgain = true;
      return;
    }
    isRunning = true;
    try {
      for (const item of await listPending()) {
        if (isOffline()) break;
        if (!force && item.nextAttemptAt > Date.now()) continue;
        await sendOne(item);
      }
    } finally {
      isRunning = false;
    }
    if (runAgain) {
      runAgain = false;
      return run(force);
    }
    await scheduleNext();
  }

  async function scheduleNext(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    const pending = await listPending();
    if (pending.length === 0) return;
    const due = Math.min(...pending.map((item) => item.nextAttemptAt));
    timer = setTimeout(() => void run(), Math.max(1_000, due - Date.now()));
  }

  /** Once per tab: send what an earlier visit left, and again whenever the network returns. */
  function start(): void {
    if (isStarted || typeof window === 'undefined') return;
    isStarted = true;
    window.addEventListener('online', () => void run(true));
    void run(true);
  }

  return { run, start };
}

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/**
 * An outbox may send at app start, before the session answered with its CSRF token: a refused
 * token is fetched again once and the send repeated.
 */
export async function withFreshCsrf<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 403 || error.code !== 'auth.csrf') throw error;
    const me = await api.get<{ csrfToken: string }>('/api/auth/me', { anonymous: true });
    setCsrfToken(me.csrfToken);
    return send();
  }
}

/** Tells the screen that queued something that it has been delivered (the form then opens the record). */
export function deliveredSignal<Detail>(name: string) {
  const eventName = `seedbed:${name}`;
  return {
    announce(detail: Detail): void {
      globalThis.dispatchEvent(new CustomEvent(eventName, { detail }));
    },
    listen(listener: (detail: Detail) => void): () => void {
      const handler = (event: Event) => listener((event as CustomEvent<Detail>).detail);
      globalThis.addEventListener(eventName, handler);
      return () => globalThis.removeEventListener(eventName, handler);
    },
  };
}
