import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import '../i18n';
import { type ListPaging, PagedList, pageOf, pageQuery } from './paged-list';

const names = ['夕阳红舞蹈队', '暖心公益小组', '槐荫合唱团', 'Garden Club', '夕阳红合唱团'];
const nameOf = (name: string) => name;

describe('pageOf: a page of a list held in the browser', () => {
  it('slices the page at the offset and counts the whole list', () => {
    expect(pageOf(names, { query: '', offset: 2, pageSize: 2 }, nameOf)).toEqual({
      page: ['槐荫合唱团', 'Garden Club'],
      total: 5,
    });
    expect(pageOf(names, { query: '', offset: 4, pageSize: 2 }, nameOf)).toEqual({ page: ['夕阳红合唱团'], total: 5 });
  });

  it('keeps what holds the search (trimmed, any case) and counts only those', () => {
    expect(pageOf(names, { query: ' 夕阳红 ', offset: 0, pageSize: 10 }, nameOf)).toEqual({
      page: ['夕阳红舞蹈队', '夕阳红合唱团'],
      total: 2,
    });
    expect(pageOf(names, { query: 'garden', offset: 0, pageSize: 10 }, nameOf).total).toBe(1);
    expect(pageOf(names, { query: '合唱', offset: 1, pageSize: 1 }, nameOf)).toEqual({
      page: ['夕阳红合唱团'],
      total: 2,
    });
  });
});

describe('pageQuery: one page of a server-paged list', () => {
  it('asks for limit and offset, and q only when something is typed', () => {
    expect(pageQuery({ query: '  ', offset: 20, pageSize: 10 })).toEqual({ limit: '10', offset: '20' });
    expect(pageQuery({ query: ' 舞蹈 ', offset: 0, pageSize: 50 })).toEqual({ q: '舞蹈', limit: '50', offset: '0' });
  });
});

function paging(overrides: Partial<ListPaging> = {}): ListPaging {
  return { query: '', setQuery: () => {}, offset: 0, setOffset: () => {}, pageSize: 10, ...overrides };
}

const render = (props: { paging: ListPaging; total: number | undefined }) =>
  renderToStaticMarkup(
    <PagedList {...props} testId="orgs">
      <ul data-testid="rows" />
    </PagedList>,
  );

describe('PagedList', () => {
  it('shows the count, the search and the pager for a list longer than a page', () => {
    const html = render({ paging: paging({ offset: 10 }), total: 81 });
    expect(html).toContain('共 81 个');
    expect(html).toContain('data-testid="orgs-search"');
    expect(html).toContain('第 11–20 个');
    expect(html).toMatch(/<button[^>]*data-testid="orgs-previous"[^>]*>/);
    expect(html).not.toMatch(/<button[^>]*disabled=""[^>]*data-testid="orgs-previous"/);
  });

  it('stops at the ends: no previous on the first page, no next on the last', () => {
    expect(render({ paging: paging(), total: 12 })).toMatch(/<button[^>]*disabled=""[^>]*data-testid="orgs-previous"/);
    const last = render({ paging: paging({ offset: 10 }), total: 12 });
    expect(last).toContain('第 11–12 个');
    expect(last).toMatch(/<button[^>]*disabled=""[^>]*data-testid="orgs-next"/);
  });

  it('shows a short list whole, with its count and neither search nor pages', () => {
    const html = render({ paging: paging(), total: 7 });
    expect(html).toContain('共 7 个');
    expect(html).toContain('data-testid="rows"');
    expect(html).not.toContain('orgs-search');
    expect(html).not.toContain('orgs-next');
  });

  it('keeps the search while searching, and says when nothing matches', () => {
    const html = render({ paging: paging({ query: '太极' }), total: 0 });
    expect(html).toContain('data-testid="orgs-search"');
    expect(html).toContain('没有找到“太极”');
    expect(html).not.toContain('data-testid="rows"');
  });
});
