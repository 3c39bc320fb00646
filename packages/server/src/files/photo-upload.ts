import { createHash } from 'node:crypto';
import { fail, ok, type Result } from '@seedbed/core';
import type { Context } from 'hono';
import { z } from 'zod';
import { withStatus } from '../http/answer';
import type { AppEnv } from '../http/env';
import { jsonOk } from '../http/openapi';
import { readUpload } from '../http/upload';
import { defaultPhotoLimits, processPhoto, removeStoredPhoto, sniffPhotoType, storePhoto } from './photos';

/** The stored renditions of an uploaded photo and its bytes' hash, for the row that names them. */
export interface UploadedPhoto {
  fileKey: string;
  thumbnailKey: string;
  contentSha256: string;
}

/**
 * A photo sent as the request body (a receipt of the book or of a grant claim), through the photo
 * pipeline: type from the bytes, upright, metadata stripped, two JPEG renditions written before
 * the row and removed if no row names them (refused, or a retry that found the stored one). The
 * caller checks scope before calling, so an outsider uploads nothing; `save` writes the row and
 * answers whether it made one (201) or found the same bytes already there (200).
 */
export async function takeUploadedPhoto<T>(
  c: Context<AppEnv>,
  folder: string,
  save: (photo: UploadedPhoto) => Promise<Result<{ receipt: T; created: boolean }>>,
): Promise<Result<unknown>> {
  const limits = defaultPhotoLimits;
  const bytes = await readUpload(c, limits.maxBytes);
  if (!bytes) return fail('photo.too_large', { maxMegabytes: Math.round(limits.maxBytes / 1024 / 1024) });
  const sniffed = sniffPhotoType(bytes);
  if (sniffed === null) return fail('photo.not_image');
  if (sniffed !== 'jpg' && sniffed !== 'png' && sniffed !== 'webp') return fail('photo.unsupported_type');
  const processed = await processPhoto(bytes, limits);
  if (!processed.ok) return processed;
  const { files } = c.get('deps');
  const stored = await storePhoto(files, processed.value, folder);
  const remove = () => removeStoredPhoto(files, stored);
  const saved = await save({
    fileKey: stored.displayKey,
    thumbnailKey: stored.thumbnailKey,
    contentSha256: createHash('sha256').update(bytes).digest('hex'),
  }).catch(async (error: unknown) => {
    await remove();
    throw error;
  });
  if (!saved.ok || !saved.value.created) await remove();
  if (!saved.ok) return saved;
  return ok(withStatus(saved.value.receipt, saved.value.created ? 201 : 200));
}

const binary = { schema: z.string().openapi({ format: 'binary' }) };

/** A route's declaration of a photo sent as the body, and its answers (`takeUploadedPhoto`). */
export const photoUploadBody = {
  content: { 'image/jpeg': binary, 'image/png': binary, 'image/webp': binary },
  required: true,
} as const;
export const photoUploadResponses = <T extends z.ZodType>(stored: T) =>
  ({
    201: jsonOk(stored, 'stored'),
    200: jsonOk(stored, 'already stored (a retry)'),
    413: { description: 'Too large.' },
    415: { description: 'Not a photo.' },
  }) as const;

/** A stored photo served in one of its renditions. */
export const photoSizeQuerySchema = z.object({ size: z.enum(['display', 'thumbnail']).optional() });
export const photoFileResponses = {
  200: { content: { 'image/jpeg': binary }, description: 'the photo' },
  304: { description: 'not changed' },
} as const;
