import type { TFunction } from 'i18next';

/**
 * A new password typed twice (invite, reset, change): the mismatch is said under the second field,
 * and only once the password itself is acceptable — one problem at a time for a slow typist.
 */
export function confirmationMismatch(
  t: TFunction,
  password: string,
  confirmation: string,
  passwordProblem: string | undefined,
): { confirmation?: string } {
  return !passwordProblem && password !== confirmation ? { confirmation: t('validation.passwordMismatch') } : {};
}
