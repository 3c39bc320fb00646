import type { PaperTallyInput } from '@seedbed/core';
import { asApiError } from '../shared/api';

/** Where one phone's paper tally stands between presses: sent at all, and known to be kept. */
export interface TallyProgress {
  wasSent: boolean;
  isKept: boolean;
}

/**
 * The paper tally's two requests, safe to press again after any failure: the counts first — once
 * kept, never again (a repeat after a lost answer meets `deliberation.tally_exists` and counts as
 * kept, since this phone sent it) — then the sheet's photo. A refused tally throws (the form
 * shows why); a failed photo is answered, so the form can say the counts are safe.
 */
export async function sendPaperTally(
  progress: TallyProgress,
  tally: PaperTallyInput,
  photo: Blob | null,
  send: { tally: (input: PaperTallyInput) => Promise<unknown>; photo: (photo: Blob) => Promise<unknown> },
): Promise<{ photoFailure: string | null }> {
  if (!progress.isKept) {
    const wasSentBefore = progress.wasSent;
    progress.wasSent = true;
    try {
      await send.tally(tally);
    } catch (error) {
      if (!(wasSentBefore && asApiError(error).code === 'deliberation.tally_exists')) throw error;
    }
    progress.isKept = true;
  }
  if (!photo) return { photoFailure: null };
  try {
    await send.photo(photo);
    return { photoFailure: null };
  } catch (error) {
    return { photoFailure: asApiError(error).message };
  }
}
