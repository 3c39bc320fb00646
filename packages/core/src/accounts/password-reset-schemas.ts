import { z } from 'zod';
import { minPasswordLength } from './schemas';

const newPasswordSchema = z.string().min(minPasswordLength).max(200);

/** Staff name the account by what they know of it: its phone number or its username. */
export const passwordResetIssueInputSchema = z.object({
  login: z.string().trim().min(1).max(60),
});
export type PasswordResetIssueInput = z.infer<typeof passwordResetIssueInputSchema>;

/** What staff hand over: the code (shown once, never stored), its link and the link's QR code. */
export const passwordResetIssuedSchema = z.object({
  displayName: z.string(),
  code: z.string(),
  path: z.string(),
  /** The link as an SVG QR code, for the person to scan from the staff member's screen. */
  qrSvg: z.string(),
  expiresAt: z.string(),
});

/** What the holder of a code sees before choosing a password: whose account, and how they log in later. */
export const passwordResetInfoSchema = z.object({
  displayName: z.string(),
  /** The username, or the phone number with its middle hidden (138****5678). */
  login: z.string(),
  expiresAt: z.string(),
});

export const passwordResetUseInputSchema = z.object({ password: newPasswordSchema });
export type PasswordResetUseInput = z.infer<typeof passwordResetUseInputSchema>;

export const passwordChangeInputSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: newPasswordSchema,
});
export type PasswordChangeInput = z.infer<typeof passwordChangeInputSchema>;

/** 13812345678 → 138****5678: enough for the owner to recognise, not a number to copy. */
export function maskedPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone;
}
