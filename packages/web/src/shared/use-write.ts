import { useState } from 'react';
import { asApiError } from '../shared/api';

/**
 * One write of a screen: while it runs the button waits, its failure (the server's
 * message, already in the user's language) shows beside it, and a success calls `done`.
 */
export function useWrite(done: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (write: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await write();
      done();
    } catch (failure) {
      setError(asApiError(failure).message);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
