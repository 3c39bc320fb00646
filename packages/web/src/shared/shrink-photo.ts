/**
 * Photos are shrunk on the phone before they are kept and sent: a leader's camera makes 3–8 MB
 * pictures, and five of them over a weak mobile connection in WeChat would rarely get through.
 * The server still checks and resizes everything (display 1600 px; sheets kept at 2400 px so the
 * handwriting stays legible), so this only needs to send a little more than that. Re-encoding
 * also drops the camera's EXIF data (GPS included) before anything leaves the phone, and lets an
 * iPhone's HEIC photo arrive as a JPEG where the browser can decode it.
 */
export const sentPhotoSide = { photo: 2048, sheet: 2400 } as const;

/** Already small enough to send as chosen. */
const smallEnoughBytes = 1_500_000;

export async function shrinkPhoto(file: Blob, maxSide: number): Promise<Blob> {
  if (typeof createImageBitmap !== 'function') return file;
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && file.size <= smallEnoughBytes && file.type === 'image/jpeg') {
      bitmap.close();
      return file;
    }
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const shrunk = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    return shrunk && shrunk.size > 0 ? shrunk : file;
  } catch {
    // A format this browser cannot decode (HEIC on Android): send it as chosen; the server's
    // answer tells the leader what to do.
    return file;
  }
}
