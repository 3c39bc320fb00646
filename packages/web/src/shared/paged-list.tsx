import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from './text-field';

/**
 * Rows a page: ten cards fill about three screens of a 360 px phone; a desk's dense table shows
 * fifty. Read once when the list opens (a phone does not become a desk while it is read).
 */
export const phonePageSize = 10;
export const deskPageSize = 50;

function pageSizeForScreen(): number {
  return typeof window !== 'undefined' && window.matchMedia?.('(max-width: 599px)').matches
    ? phonePageSize
    : deskPageSize;
}

/** A list's search and page; a new search goes back to the first page. */
export interface ListPaging {
  query: string;
  setQuery: (query: string) => void;
  offset: number;
  setOffset: (offset: number) => void;
  pageSize: number;
}

export function useListPaging(pageSize?: number): ListPaging {
  const [query, setQueryNow] = useState('');
  const [offset, setOffset] = useState(0);
  const [size] = useState(() => pageSize ?? pageSizeForScreen());
  return {
    query,
    setQuery: (next) => {
      setQueryNow(next);
      setOffset(0);
    },
    offset,
    setOffset,
    pageSize: size,
  };
}

/**
 * The page of a list held whole in the browser (a community's organizations, a period's coaching
 * sessions): the items whose text holds the search, and of them the page shown.
 */
export function pageOf<Item>(
  items: readonly Item[],
  paging: Pick<ListPaging, 'query' | 'offset' | 'pageSize'>,
  textOf: (item: Item) => string,
): { page: Item[]; total: number } {
  const needle = paging.query.trim().toLocaleLowerCase();
  const found = needle ? items.filter((item) => textOf(item).toLocaleLowerCase().includes(needle)) : [...items];
  return { page: found.slice(paging.offset, paging.offset + paging.pageSize), total: found.length };
}

/** The query string of one page of a server-paged list (`q`, `limit`, `offset`: core's listPageQuerySchema). */
export function pageQuery(paging: Pick<ListPaging, 'query' | 'offset' | 'pageSize'>): Record<string, string> {
  const q = paging.query.trim();
  return { ...(q && { q }), limit: String(paging.pageSize), offset: String(paging.offset) };
}

/**
 * A long list with its count ("共 81 个"), a search box and pages (issue 16: officials on phones
 * scrolled 50–77 screens). The caller fetches or filters (`pageOf`, `pageQuery`) and renders the
 * page as `children`; this frame shows the search once the list is longer than a page (or is being
 * searched), the count, and previous/next with where the page lies. Test ids: `<testId>-search`,
 * `-total`, `-range`, `-previous`, `-next`.
 */
export function PagedList({
  paging,
  total,
  searchLabel,
  totalLabel,
  testId,
  children,
}: {
  paging: ListPaging;
  /** Every item that matches the search, on every page; undefined while the first page loads. */
  total: number | undefined;
  searchLabel?: string;
  /** "共 1,504 人" where "个" is the wrong word. */
  totalLabel?: (count: number) => string;
  testId: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const top = useRef<HTMLDivElement>(null);
  // While the next page loads, the count and the pager stay as they were instead of blinking out.
  const lastTotal = useRef(total);
  if (total !== undefined) lastTotal.current = total;
  const shownTotal = total ?? lastTotal.current;
  const { query, offset, pageSize } = paging;
  const isSearching = query.trim() !== '';
  const isSearchShown = isSearching || (shownTotal !== undefined && shownTotal > pageSize);
  // After a turn of the page, its first row is on screen, not the bottom of the last page.
  const turnTo = (next: number) => {
    paging.setOffset(next);
    top.current?.scrollIntoView({ block: 'start' });
  };
  return (
    <div className="paged-list" ref={top} data-testid={testId}>
      {isSearchShown && (
        <TextField
          label={searchLabel ?? t('list.search')}
          type="search"
          value={query}
          onChange={paging.setQuery}
          maxLength={60}
          testId={`${testId}-search`}
        />
      )}
      {shownTotal !== undefined && (
        <p className="paged-list__total" data-testid={`${testId}-total`} aria-live="polite">
          {totalLabel ? totalLabel(shownTotal) : t('list.total', { count: shownTotal })}
        </p>
      )}
      {total === 0 && isSearching ? (
        <p className="muted">{t('list.nothingFound', { query: query.trim() })}</p>
      ) : (
        children
      )}
      {shownTotal !== undefined && shownTotal > pageSize && (
        <nav className="paged-list__pager" aria-label={t('list.pages')}>
          <button
            type="button"
            className="button button--secondary"
            disabled={offset === 0}
            onClick={() => turnTo(Math.max(0, offset - pageSize))}
            data-testid={`${testId}-previous`}
          >
            {t('list.previous')}
          </button>
          <span data-testid={`${testId}-range`}>
            {t('list.range', { from: offset + 1, to: Math.min(offset + pageSize, shownTotal) })}
          </span>
          <button
            type="button"
            className="button button--secondary"
            disabled={offset + pageSize >= shownTotal}
            onClick={() => turnTo(offset + pageSize)}
            data-testid={`${testId}-next`}
          >
            {t('list.next')}
          </button>
        </nav>
      )}
    </div>
  );
}
