import { normaliseReadableCode } from '@seedbed/core';
import type { Context } from 'hono';
import QRCode from 'qrcode';
import type { AppEnv } from '../http/env';
import { publicOrigin } from '../http/public-origin';
import { newReadableCode } from '../http/readable-code';

/**
 * Invite codes: 10 readable characters, about 49 bits — plenty for a code that expires in a week
 * and is stored only as a hash.
 */
export const inviteDays = 7;

export function newInviteCode(): string {
  return newReadableCode(10);
}

export const normaliseInviteCode = normaliseReadableCode;

/**
 * What staff hand over: the link at the deployment's public address and the same link as a QR
 * code, which a leader scans with WeChat from the staff member's screen. The code exists only in
 * this answer (the database keeps its hash), so the QR code is made here, not served later.
 */
export async function inviteLink(c: Context<AppEnv>, code: string, expiresAt: Date) {
  const path = `/invite/${code}`;
  const url = `${publicOrigin(c)}${path}`;
  const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return { code, path, url, qrSvg, expiresAt: expiresAt.toISOString() };
}
