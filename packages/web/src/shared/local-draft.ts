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
