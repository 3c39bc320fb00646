import {
  type ChatImportView,
  type ErrorCode,
  importPercent,
  isErrorCode,
  type Locale,
  messageFor,
} from '@seedbed/core';
import type { ChatImportRow } from '@seedbed/db';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** A message for a stored code with its params, in the caller's language (a code unknown today: the code). */
function messageOf(code: string, params: Record<string, string | number>, locale: Locale): string {
  return isErrorCode(code) ? messageFor({ code: code as ErrorCode, params }, locale) : code;
}

/** An import as its page shows it: percent read, counts, and each problem's line with its message. */
export function chatImportViewOf(row: ChatImportRow, locale: Locale): ChatImportView {
  const fileBytes = Number(row.file_bytes);
  const bytesRead = Number(row.bytes_read);
  return {
    id: row.id,
    groupId: row.group_id,
    fileName: row.file_name,
    fileBytes,
    format: row.format,
    encoding: row.encoding,
    timeZone: row.time_zone,
    status: row.status,
    bytesRead,
    percent: importPercent(row.status, bytesRead, fileBytes),
    messagesRead: row.messages_read,
    messagesAdded: row.messages_added,
    messagesAlready: row.messages_already,
    problemCount: row.problem_count,
    problems: row.problems.map((problem) => ({
      ...problem,
      message: messageOf(problem.code, { line: problem.line, count: problem.detail ?? '' }, locale),
    })),
    errorCode: row.error_code,
    errorLine: row.error_line,
    errorMessage: row.error_code
      ? messageOf(row.error_code, { line: row.error_line ?? 1, limit: '2 GB' }, locale)
      : null,
    createdAt: iso(row.created_at) ?? '',
    startedAt: iso(row.started_at),
    finishedAt: iso(row.finished_at),
  };
}
