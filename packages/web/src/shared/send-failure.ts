/**
 * What a phone's outbox learns from a failed send, whatever it sends (an activity record, a
 * proposal's version): the status (0 = never reached the server), the machine code and message,
 * and the field issues; and how long to wait before the next try.
 */
export interface SendFailure {
  status: number;
  code: string;
  message: string;
  fields: { path: string; message: string }[];
}

/** 0 (no network), 401 (log in again), 408/429 and 5xx are passing troubles: try again later. */
export function isPassingTrouble(failure: Pick<SendFailure, 'status'>): boolean {
  const { status } = failure;
  return status === 0 || status === 401 || status === 408 || status === 429 || status >= 500;
}

/** Backoff after `attempts` failed tries: 5 s, 10 s, 20 s … at most 5 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(5 * 60_000, 5_000 * 2 ** Math.max(0, Math.min(attempts - 1, 10)));
}

export function asSendFailure(error: unknown): SendFailure {
  if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') {
    const candidate = error as Partial<SendFailure> & { status: number };
    return {
      status: candidate.status,
      code: typeof candidate.code === 'string' ? candidate.code : '',
      message: typeof candidate.message === 'string' ? candidate.message : '',
      fields: Array.isArray(candidate.fields) ? candidate.fields : [],
    };
  }
  // A fetch TypeError (network gone) and anything unknown: treat as not reached.
  return { status: 0, code: 'client.network', message: '', fields: [] };
}
