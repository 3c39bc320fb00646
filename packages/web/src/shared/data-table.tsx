import type { ReactNode } from 'react';

/** One column of a DataTable: its header and how a row fills its cell. */
export interface Column<Row> {
  /** The header on a desk; on a phone, the label beside the value in the row's card. */
  label: string;
  cell: (row: Row) => ReactNode;
  /** Right-aligned tabular figures on a desk. */
  isNumeric?: boolean;
  /** The row's name: its `<th scope="row">`, the card's title on a phone (with no label). */
  isRowHeader?: boolean;
  /** Said to screen readers only (an actions column): no visible header, no label in the card. */
  isLabelHidden?: boolean;
  /** A test id on each of the column's cells. */
  testId?: string;
}

/**
 * A table that stays a dense table on a desk and becomes a list of cards below 600 px (styles.css,
 * "Tables become cards"): each value gets its column's name beside it from `data-label`, so a
 * phone never cuts columns or wraps a name one character per line (issue 16). Tables drawn by
 * hand (rows with their own edit forms) follow the same pattern: a `data-label` on each `<td>`.
 */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  testId,
  rowTestId,
  rowAttributes,
  caption,
  className,
}: {
  /** `false` leaves a column out (one the caller's role may not read). */
  columns: readonly (Column<Row> | false)[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  testId?: string;
  rowTestId?: string;
  /** Extra `data-*` attributes on a row, for tests that find a row by what it holds. */
  rowAttributes?: (row: Row) => Record<`data-${string}`, string | undefined>;
  caption?: string;
  className?: string;
}) {
  const shown = columns.filter((column): column is Column<Row> => column !== false);
  return (
    <div className="table-scroll">
      <table className={className ? `data-table ${className}` : 'data-table'} data-testid={testId}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {shown.map((column) => (
              <th key={column.label} scope="col" className={column.isNumeric ? 'numeric' : undefined}>
                {column.isLabelHidden ? <span className="visually-hidden">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} data-testid={rowTestId} {...rowAttributes?.(row)}>
              {shown.map((column) =>
                column.isRowHeader ? (
                  <th key={column.label} scope="row" data-testid={column.testId}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td
                    key={column.label}
                    className={column.isNumeric ? 'numeric' : undefined}
                    data-testid={column.testId}
                    data-label={column.isLabelHidden ? undefined : column.label}
                  >
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
