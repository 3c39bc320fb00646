import type { ChatImportEncoding } from '@seedbed/core';

/**
 * The text encoding of a chat export, from its first bytes (issue 19: GBK exports exist). A byte-order
 * mark decides (UTF-8, UTF-16 LE/BE); without one, zero bytes on every other position mean UTF-16; bytes
 * that are valid UTF-8 mean UTF-8; anything else is read as GB18030 — the superset of GBK and GB2312, the
 * encoding of every non-Unicode Chinese export we know. No statistical guessing: a file in another
 * legacy encoding can be named explicitly by the caller. The encodings are core's `chatImportEncodings`
 * (the same list the upload's query and the import page offer).
 */
export function detectEncoding(head: Uint8Array): ChatImportEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf16be';
  const sample = head.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? evenZeros++ : oddZeros++;
  const half = sample.length / 2;
  if (oddZeros > half * 0.3 && evenZeros < half * 0.05) return 'utf16le';
  if (evenZeros > half * 0.3 && oddZeros < half * 0.05) return 'utf16be';
  try {
    // `stream: true` leaves a character cut at the end of the sample pending instead of refusing it.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf8';
  } catch {
    return 'gb18030';
  }
}
