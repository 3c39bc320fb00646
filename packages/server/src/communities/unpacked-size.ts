import { Unzip, UnzipInflate } from 'fflate';

/**
 * Whether an .xlsx (a zip) unpacks to at most `limit` bytes, measured by inflating it — not by the
 * sizes the zip declares, which a crafted file can understate. A 2 MB upload can otherwise unpack
 * to gigabytes inside the sheet reader and take the server down with it (a "zip bomb"). Stops at
 * the first byte past the limit. A file that is not a zip at all passes: the reader refuses it.
 */
export function unpacksWithin(bytes: Uint8Array, limit: number): boolean {
  let total = 0;
  let over = false;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    file.ondata = (error, chunk) => {
      if (error || over) return;
      total += chunk.length;
      if (total > limit) {
        over = true;
        file.terminate();
      }
    };
    file.start();
  };
  try {
    unzip.push(bytes, true);
  } catch {
    // Not a zip, or a broken one: the sheet reader answers that it cannot read it.
  }
  return !over;
}
