import { type ErrorCode, fail, ok, type Result } from '@seedbed/core';

/**
 * A record out of the caller's scope is refused with 403 (it exists, but not for you); an id that
 * exists nowhere is a 404. Stores look up with the scope first and only then ask whether it exists.
 */
export async function scopedLookup<T>(
  inScope: () => Promise<T | undefined>,
  existsAnywhere: () => Promise<boolean>,
  unknownCode: ErrorCode,
): Promise<Result<T>> {
  const value = await inScope();
  if (value !== undefined) return ok(value);
  return (await existsAnywhere()) ? fail('auth.forbidden') : fail(unknownCode);
}
