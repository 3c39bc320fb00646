import type { ChatImportProblem, ChatImportRecord, ChatImportSink, ChatLineParser, ChatObjectParser } from './record';

/** The records and problems a parser gives for a whole text (tests only). */
export function collectLines(make: (sink: ChatImportSink) => ChatLineParser, text: string) {
  const records: ChatImportRecord[] = [];
  const problems: ChatImportProblem[] = [];
  const parser = make({ record: (record) => records.push(record), problem: (problem) => problems.push(problem) });
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  for (const [index, line] of lines.entries()) parser.line(line, index + 1);
  parser.end(lines.length);
  return { records, problems };
}

export function collectObjects(make: (sink: ChatImportSink) => ChatObjectParser, values: readonly unknown[]) {
  const records: ChatImportRecord[] = [];
  const problems: ChatImportProblem[] = [];
  const parser = make({ record: (record) => records.push(record), problem: (problem) => problems.push(problem) });
  for (const [index, value] of values.entries()) parser.message(value, index + 1);
  parser.end(values.length);
  return { records, problems };
}

/** 2021-06-01 00:00 UTC: every sample is before it. */
export const sampleNow = Date.UTC(2021, 5, 1);
export const sampleOptions = { now: sampleNow, groupKey: 'group-1' };
/** A Shanghai wall-clock time as epoch milliseconds. */
export const shanghai = (text: string) => Date.parse(`${text.replace(' ', 'T')}+08:00`);
