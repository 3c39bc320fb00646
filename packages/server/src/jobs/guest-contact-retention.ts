import { shanghaiDate } from '@seedbed/core';
import { type Db, forgetExpiredChatText, removeExpiredGuestContacts } from '@seedbed/db';
import type { Logger } from 'pino';

export interface GuestContactRetention {
  /** The run at start; resolves when it has finished (or failed, which is logged). */
  started: Promise<void>;
  /** Runs the job if it has not run yet on the clock's Shanghai day; the hourly timer calls it. */
  runIfDue(): Promise<void>;
  stop(): void;
}

/** How often the timer asks whether a new day has begun: cheap (one comparison), and a day is never missed by more than this. */
const checkEveryMs = 3_600_000;

/**
 * Removes guests' contact data once it is past the retention period (db removeExpiredGuestContacts):
 * at server start, then once per Shanghai day. The clock is the app's (the test clock under
 * `--test-clock`), so a test moves the day instead of waiting for it. A failed run is logged and
 * tried again at the next check; it changes nothing until it succeeds (one transaction).
 */
export function startGuestContactRetention(options: {
  db: Db;
  now: () => Date;
  logger: Logger;
}): GuestContactRetention {
  let lastRunDay: string | null = null;
  let running: Promise<void> | null = null;
  const run = async (day: string) => {
    try {
      const removed = await removeExpiredGuestContacts(options.db, options.now());
      // Chat message text past its agreement's days (issue 19) goes with the same daily run.
      const chatText = await forgetExpiredChatText(options.db, options.now());
      lastRunDay = day;
      if (removed.signIns + removed.volunteerAttendances > 0)
        options.logger.info(removed, 'guest contact data past its retention period removed');
      if (chatText.messages > 0) options.logger.info(chatText, 'chat message text past its agreed days forgotten');
    } catch (error) {
      options.logger.error({ err: error }, 'guest contact retention failed; trying again at the next check');
    }
  };
  const runIfDue = () => {
    const day = shanghaiDate(options.now());
    if (day === lastRunDay) return Promise.resolve();
    running ??= run(day).finally(() => {
      running = null;
    });
    return running;
  };
  const timer = setInterval(() => void runIfDue(), checkEveryMs);
  timer.unref();
  return { started: runIfDue(), runIfDue, stop: () => clearInterval(timer) };
}
