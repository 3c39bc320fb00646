/**
 * `inline; filename="ascii.pdf"; filename*=UTF-8''中文.pdf` (RFC 6266 / 5987): browsers that know
 * `filename*` save the Chinese name, the others the ASCII fallback. The PDF opens in the browser's
 * viewer (inline) so a leader can print straight away.
 */
export function inlineContentDisposition(name: string, asciiFallback: string): string {
  // Control characters and the characters file systems refuse become spaces.
  const safeName = Array.from(name, (character) =>
    character.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(character) ? ' ' : character,
  )
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  const fallback = asciiFallback.replace(/[^A-Za-z0-9._-]/g, '-');
  return `inline; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(safeName)}`;
}

/** Percent-encodes everything outside RFC 5987's attr-char (encodeURIComponent leaves ' ( ) * ! alone). */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*!]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
