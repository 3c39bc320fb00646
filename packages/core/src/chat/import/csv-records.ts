/**
 * RFC 4180 records from lines, incrementally: a quoted field may hold line breaks, so one record can span
 * lines; it is reported with its first line. Memory stays bounded: a quote still open after
 * `maxRecordLines` lines is reported as `unclosed` and reading resumes at the next line.
 */
export interface CsvRecordHandler {
  record(fields: string[], firstLine: number): void;
  unclosed(firstLine: number, detail: string): void;
}

export function csvRecordReader(delimiter: string, handler: CsvRecordHandler, maxRecordLines = 2_000) {
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let firstLine = 0;
  let lines = 0;
  let atFieldStart = true;
  return {
    line(text: string, lineNumber: number): void {
      if (inQuotes) {
        lines += 1;
        if (lines > maxRecordLines) {
          handler.unclosed(firstLine, fields.join(delimiter).slice(0, 80));
          inQuotes = false;
        } else field += '\n';
      }
      if (!inQuotes) {
        if (text === '') return;
        if (!text.includes('"')) {
          handler.record(text.split(delimiter), lineNumber);
          return;
        }
        fields = [];
        field = '';
        firstLine = lineNumber;
        lines = 1;
        atFieldStart = true;
      }
      let start = 0;
      for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (inQuotes) {
          if (ch !== '"') continue;
          field += text.slice(start, i);
          if (text[i + 1] === '"') {
            field += '"';
            i += 1;
            start = i + 1;
          } else {
            inQuotes = false;
            start = i + 1;
          }
        } else if (ch === '"' && atFieldStart) {
          inQuotes = true;
          atFieldStart = false;
          start = i + 1;
        } else if (ch === delimiter) {
          fields.push(field + text.slice(start, i));
          field = '';
          start = i + 1;
          atFieldStart = true;
        } else atFieldStart = false;
      }
      field += text.slice(start);
      if (!inQuotes) {
        fields.push(field);
        handler.record(fields, firstLine);
        fields = [];
        field = '';
      }
    },
    /** true when the input ended inside a quoted field (a truncated file) */
    end(): boolean {
      if (!inQuotes) return false;
      inQuotes = false;
      handler.unclosed(firstLine, fields.join(delimiter).slice(0, 80));
      return true;
    },
  };
}

/** The index of each wanted column in a header row, matched case-insensitively on any of its names. */
export function columnIndexes<K extends string>(
  header: readonly string[],
  names: Record<K, readonly string[]>,
): Record<K, number> {
  const normalised = header.map((name) =>
    name
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase(),
  );
  const indexes = {} as Record<K, number>;
  for (const key of Object.keys(names) as K[]) {
    const aliases = names[key].map((alias) => alias.toLowerCase());
    indexes[key] = normalised.findIndex((name) => aliases.includes(name));
  }
  return indexes;
}
