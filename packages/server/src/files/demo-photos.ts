import { randomUUID } from 'node:crypto';
import { shanghaiInstant } from '@seedbed/core';
import { addActivityMedia, type Db, demoPhotoTargets, killAt } from '@seedbed/db';
import sharp from 'sharp';
import type { FileStore } from './file-store';
import { processPhoto, removeStoredPhoto, storePhoto } from './photos';

/**
 * Photos for the demo street: the demo leader's organization's latest activities (up to
 * `activities`, on or before `today`) get 2–4 generated pictures each — coloured gradients with a
 * few simple shapes, no text — through the same pipeline and store functions as an upload
 * (processPhoto → storePhoto → addActivityMedia, with an audit row each). Deterministic for a given
 * database: colours come from the activity's place in the list. An activity with all its photos is
 * left alone, and one a killed run left half-done gets the rest (the same pictures again are
 * recognised by their bytes and dropped): running it again completes it and never adds twice.
 */
export async function writeDemoPhotos(
  db: Db,
  files: FileStore,
  today: string,
  options: { activities?: number } = {},
): Promise<number> {
  const targets = await demoPhotoTargets(db, today, options.activities ?? 6);
  if (!targets) return 0;
  const { leader } = targets;
  const scope = { kind: 'organization' as const, organizationId: targets.organizationId };
  let written = 0;
  for (const [index, activity] of targets.activities.entries()) {
    const count = 2 + (index % 3);
    if (activity.mediaCount >= count) continue;
    for (let n = 0; n < count; n++) {
      const processed = await processPhoto(await demoPicture(index * 7 + n));
      if (!processed.ok) throw new Error(`demo photo: ${processed.error.code}`);
      const stored = await storePhoto(files, processed.value, 'activity-photos');
      const { display } = processed.value;
      const actor = { userId: leader.id, now: shanghaiInstant(today, '12:00'), displayName: leader.displayName };
      const added = await addActivityMedia(
        { db, scope, actor, today, newId: randomUUID },
        {
          activityId: activity.id,
          kind: 'photo',
          trackingLogId: null,
          contentHash: processed.value.contentHash,
          fileKey: stored.displayKey,
          thumbnailKey: stored.thumbnailKey,
          mimeType: display.contentType,
          byteSize: display.bytes.length,
          width: display.width,
          height: display.height,
          caption: null,
        },
      );
      if (!added.ok || !added.value.created) await removeStoredPhoto(files, stored);
      else written += 1;
      killAt('demo.after-first-photo');
    }
  }
  return written;
}

const palette = [
  ['#f4a259', '#bc4b51'],
  ['#8cb369', '#5b8e7d'],
  ['#f4e285', '#f4a259'],
  ['#5b8e7d', '#2d4059'],
  ['#e9c46a', '#e76f51'],
  ['#a8dadc', '#457b9d'],
  ['#ffb4a2', '#6d6875'],
] as const;

/** A 1200 × 900 picture: a gradient sky, a "ground", a sun and a row of figures, varied by `seed`. */
export async function demoPicture(seed: number): Promise<Buffer> {
  const [from, to] = palette[seed % palette.length] ?? palette[0];
  const sunX = 150 + ((seed * 173) % 900);
  const figures = Array.from({ length: 3 + (seed % 5) }, (_, i) => {
    const x = 120 + i * (900 / (3 + (seed % 5))) + ((seed * 31 + i * 17) % 60);
    const h = 160 + ((seed * 13 + i * 29) % 90);
    return `<circle cx="${x}" cy="${780 - h - 30}" r="30" fill="#3d405b"/><rect x="${x - 28}" y="${780 - h}" width="56" height="${h}" rx="20" fill="#3d405b"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
    <rect width="1200" height="900" fill="url(#sky)"/>
    <circle cx="${sunX}" cy="180" r="90" fill="#fff3b0" opacity="0.85"/>
    <rect y="700" width="1200" height="200" fill="#81b29a"/>
    ${figures}
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}
