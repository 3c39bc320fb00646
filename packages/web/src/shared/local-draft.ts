/**
 * A draft kept on the phone as it is typed (localStorage), so a dropped network or a closed tab
 * loses nothing: the form reads it back until a save goes through, then forgets it. For a team's
 * own words (closing words, its service-model card), never residents' personal data.
 */
export function readLocalDraft(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Keeps `text` under `key`, or forgets it (null). */
export function keepLocalDraft(key: string, text: string | null) {
  try {
    if (text === null) localStorage.removeItem(key);
    else localStorage.setItem(key, text);
  } catch {
    // Storage refused (private mode, full): the form still holds the words while the page is open.
  }
}

/**
 * Drafts that may name residents (a meeting's minutes name who spoke, children included). They are
 * kept like the others so a dropped signal loses nothing, but forgotten when the account signs out:
 * the next person to use this phone's browser must not read or save them.
 */
export const personalDraftPrefix = 'seedbed.personal-draft.';

/** Forgets every personal draft on this device (called at sign-out). */
export function forgetPersonalDrafts() {
  try {
    const keys = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index));
    for (const key of keys) if (key?.startsWith(personalDraftPrefix)) localStorage.removeItem(key);
  } catch {
    // Storage unavailable: nothing was kept either.
  }
}
