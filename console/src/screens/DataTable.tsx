import type { ComponentChildren } from 'preact';
import { useT, type MessageKey, type Translate } from '../i18n.ts';

/**
 * One column of a {@link DataTable}: its heading and what each row shows in it. The first column
 * is the rows' header (`th scope="row"`), the rest are data cells.
 */
export interface Column<T> {
  head: MessageKey;
  /** A heading for screen readers only (a column of row buttons). */
  hiddenHead?: boolean;
  cell: (row: T, t: Translate) => ComponentChildren;
  /** The cell's data-testid, for the browser tests. */
  testId?: (row: T) => string;
}

/**
 * A table with a caption and header scopes, one row per item, its columns given as definitions.
 * `rowAttrs` are the row's attributes (its data-testid, a data-state the tests select on).
 */
export function DataTable<T>({
  testId,
  caption,
  hiddenCaption = false,
  columns,
  rows,
  rowKey,
  rowAttrs,
}: {
  testId: string;
  caption: string;
  hiddenCaption?: boolean;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  rowAttrs: (row: T) => Record<string, string>;
}) {
  const t = useT();
  return (
    <table data-testid={testId}>
      <caption class={hiddenCaption ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th scope="col" key={c.head}>
              {c.hiddenHead ? <span class="visually-hidden">{t(c.head)}</span> : t(c.head)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} {...rowAttrs(row)}>
            {columns.map((c, i) => {
              const Cell = i === 0 ? 'th' : 'td';
              return (
                <Cell key={c.head} scope={i === 0 ? 'row' : undefined} data-testid={c.testId?.(row)}>
                  {c.cell(row, t)}
                </Cell>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
