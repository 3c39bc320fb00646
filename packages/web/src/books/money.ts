import { formatFen } from '@seedbed/core';
import { currentLocale } from '../i18n';

/** Fen as the reader's money text (core's formatFen: the one place fen become yuan). */
export const money = (fen: number) => formatFen(fen, currentLocale());

export const bookPath = (organizationId: string) => `/api/organizations/${encodeURIComponent(organizationId)}/books`;
export const bookPagePath = (organizationId: string) => `/organizations/${encodeURIComponent(organizationId)}/books`;
