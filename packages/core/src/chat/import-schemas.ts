import { z } from 'zod';
import { idSchema } from '../shared/schemas';
import { chatExportFormats, chatImportProblemCodes, isKnownTimeZone } from './import';

/**
 * A chat import job 导入 (issue 19, "Import"): staff upload an export as the raw request body, with what
 * they know about it in the query; the file is read by a job that writes all of its messages in one
 * transaction (all or nothing per file) while its progress row is updated beside it.
 */
export const chatImportMaxBytes = 2 * 1024 ** 3;
/** The encodings staff may name when detection reads a file wrongly (GBK exports exist: read as GB18030). */
export const chatImportEncodings = ['utf8', 'utf16le', 'utf16be', 'gb18030'] as const;
export type ChatImportEncoding = (typeof chatImportEncodings)[number];
export const chatImportStatuses = ['queued', 'running', 'done', 'failed'] as const;
/** The first problems are kept with their line; all are counted. */
export const chatImportKeptProblems = 200;

const columnName = z.string().trim().min(1).max(100).optional();

export const chatImportUploadQuerySchema = z.object({
  /** the file's own name as the phone or computer gave it (shown in the list only) */
  name: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^\p{Cc}\p{Cs}/\\]+$/u, 'name')
    .optional(),
  format: z.enum(chatExportFormats).optional(),
  encoding: z.enum(chatImportEncodings).optional(),
  timeZone: z.string().min(1).max(64).refine(isKnownTimeZone, 'unknown time zone').optional(),
  /** WhatsApp: how dates are written when the file does not show it (1/5/21) */
  dateOrder: z.enum(['dmy', 'mdy']).optional(),
  /** a generic CSV's columns (by header name) */
  csvTime: columnName,
  csvSender: columnName,
  csvText: columnName,
  csvId: columnName,
  csvReplyTo: columnName,
  csvSenderId: columnName,
  csvTimeFormat: z.string().trim().min(1).max(40).optional(),
});
export type ChatImportUploadQuery = z.infer<typeof chatImportUploadQuerySchema>;

export const chatImportProblemViewSchema = z.object({
  line: z.number().int(),
  code: z.enum(chatImportProblemCodes).or(z.string()),
  detail: z.string().optional(),
  /** the catalogue's message for the code with its line, in the caller's language */
  message: z.string(),
});

export const chatImportSchema = z.object({
  id: idSchema,
  groupId: idSchema,
  fileName: z.string(),
  fileBytes: z.number().int().nonnegative(),
  format: z.string().nullable(),
  encoding: z.string().nullable(),
  timeZone: z.string(),
  status: z.enum(chatImportStatuses),
  bytesRead: z.number().int().nonnegative(),
  /** bytes read of the file, 0–100; 100 once done */
  percent: z.number().int().min(0).max(100),
  messagesRead: z.number().int().nonnegative(),
  messagesAdded: z.number().int().nonnegative(),
  messagesAlready: z.number().int().nonnegative(),
  problemCount: z.number().int().nonnegative(),
  problems: z.array(chatImportProblemViewSchema),
  errorCode: z.string().nullable(),
  errorLine: z.number().int().nullable(),
  errorMessage: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type ChatImportView = z.infer<typeof chatImportSchema>;

/** Percent of the file read: whole numbers, 100 only when done (a reader at the last byte is still writing). */
export function importPercent(status: ChatImportView['status'], bytesRead: number, fileBytes: number): number {
  if (status === 'done') return 100;
  if (fileBytes <= 0) return 0;
  return Math.min(99, Math.floor((bytesRead / fileBytes) * 100));
}
