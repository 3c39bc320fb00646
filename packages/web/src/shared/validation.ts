import type { FieldIssue } from '@seedbed/core';
import type { TFunction } from 'i18next';

/**
 * Turns schema issues (from a core zod schema's `safeParse`) and server field issues into one
 * message per field, in the user's language. Core schemas carry machine messages ('phone'), so
 * the words come from the catalogue, keyed by the kind of problem.
 */
export type FieldErrors = Partial<Record<string, string>>;

/** The parts of a zod issue we read; structural, so the web package needs no zod import. */
export interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  /** What the bound applies to: a text's length, a number's size, a list's length. */
  origin?: string;
}

export function messageForIssue(issue: SchemaIssue, t: TFunction): string {
  // A number out of range is not "too short" or "too long" (those count characters).
  if (issue.origin === 'number' && (issue.code === 'too_small' || issue.code === 'too_big'))
    return t('validation.invalid');
  switch (issue.code) {
    case 'too_small':
      return Number(issue.minimum ?? 1) <= 1
        ? t('validation.required')
        : t('validation.tooShort', { min: Number(issue.minimum) });
    case 'too_big':
      return t('validation.tooLong', { max: Number(issue.maximum) });
    case 'invalid_format':
      return issue.message === 'phone' ? t('validation.phone') : t('validation.invalid');
    case 'invalid_type':
      return t('validation.required');
    default:
      return t('validation.invalid');
  }
}

/** First message per top-level field. */
export function fieldErrorsFromIssues(issues: readonly SchemaIssue[], t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    errors[field] ??= messageForIssue(issue, t);
  }
  return errors;
}

/** The server's field issues are already localised. */
export function fieldErrorsFromServer(fields: readonly FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of fields) {
    const name = field.path.split('.')[0] ?? field.path;
    errors[name] ??= field.message;
  }
  return errors;
}
