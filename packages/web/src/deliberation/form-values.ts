/** A blank input as the schemas read it: left out (an optional field), never an empty string. */
export const blankToUndefined = (text: string) => (text.trim() === '' ? undefined : text);
