import { accountManageErrorMessages } from './accounts/manage-error-messages';
import { passwordResetErrorMessages } from './accounts/password-reset-error-messages';
import { activityErrorMessages } from './activities/error-messages';
import { photoErrorMessages } from './activities/photo-error-messages';
import { allocationErrorMessages } from './allocation/error-messages';
import { booksErrorMessages } from './books/error-messages';
import { chatErrorMessages } from './chat/error-messages';
import { chatGroupErrorMessages } from './chat/group-error-messages';
import { chatImportErrorMessages } from './chat/import-error-messages';
import { chatViewErrorMessages } from './chat/view-error-messages';
import { coachingErrorMessages } from './coaching/error-messages';
import { communityErrorMessages } from './communities/error-messages';
import { placeErrorMessages } from './communities/place-error-messages';
import { deliberationErrorMessages } from './deliberation/error-messages';
import { documentErrorMessages } from './documents/error-messages';
import { evaluationErrorMessages } from './evaluation/error-messages';
import { grantMoneyErrorMessages } from './grants/claim-error-messages';
import { grantErrorMessages } from './grants/error-messages';
import { proposalErrorMessages } from './grants/proposal-error-messages';
import { grantReviewErrorMessages } from './grants/review-error-messages';
import { organizationErrorMessages } from './organizations/error-messages';
import { personErrorMessages } from './people/error-messages';
import { publicityErrorMessages } from './publicity/error-messages';
import { baseErrorMessages } from './shared/error-messages';
import type { Locale } from './shared/locale';
import { trackingErrorMessages } from './tracking/error-messages';
import { trainingErrorMessages } from './training/error-messages';
import { volunteeringErrorMessages } from './volunteering/error-messages';

/**
 * Every error a user can meet, with its HTTP status and its message in both languages, gathered
 * from each capability's `error-messages.ts`. Codes are stable API: clients and tests match on
 * them, so never rename one.
 */
export const errorCatalogue = {
  ...baseErrorMessages,
  ...accountManageErrorMessages,
  ...activityErrorMessages,
  ...photoErrorMessages,
  ...communityErrorMessages,
  ...placeErrorMessages,
  ...organizationErrorMessages,
  ...personErrorMessages,
  ...trackingErrorMessages,
  ...coachingErrorMessages,
  ...documentErrorMessages,
  ...publicityErrorMessages,
  ...volunteeringErrorMessages,
  ...passwordResetErrorMessages,
  ...booksErrorMessages,
  ...grantErrorMessages,
  ...proposalErrorMessages,
  ...grantReviewErrorMessages,
  ...trainingErrorMessages,
  ...grantMoneyErrorMessages,
  ...allocationErrorMessages,
  ...deliberationErrorMessages,
  ...evaluationErrorMessages,
  ...chatErrorMessages,
  ...chatViewErrorMessages,
  ...chatGroupErrorMessages,
  ...chatImportErrorMessages,
} as const satisfies Record<string, { status: number; 'zh-CN': string; en: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

/** A field-level problem, for forms to show beside the field. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** An expected failure, returned as a value. Throwing is for bugs. */
export interface DomainError {
  code: ErrorCode;
  params?: Record<string, string | number>;
  fields?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: ErrorCode, params?: DomainError['params']): Result<T> => ({
  ok: false,
  error: params ? { code, params } : { code },
});

/** A successful value changed by `change`; a failure passes through unchanged. */
export function mapResult<T, U>(result: Result<T>, change: (value: T) => U): Result<U> {
  return result.ok ? ok(change(result.value)) : result;
}

export function statusFor(code: ErrorCode): number {
  return errorCatalogue[code].status;
}

export function messageFor(error: Pick<DomainError, 'code' | 'params'>, locale: Locale): string {
  const template: string = errorCatalogue[error.code][locale];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(error.params?.[name] ?? `{${name}}`));
}

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(errorCatalogue, value);
}
