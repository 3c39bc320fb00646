import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import '../i18n';
import { matchingOptions, SearchSelect } from './search-select';

const organizations = Array.from({ length: 81 }, (_, n) => ({
  value: `org-${n}`,
  label: n % 10 === 0 ? `夕阳红舞蹈队 ${n}` : `Team ${n}`,
}));

describe('matchingOptions', () => {
  it('keeps the options holding what was typed, trimmed and in any case, in their order', () => {
    expect(matchingOptions(organizations, ' 舞蹈 ').map((o) => o.value)).toEqual(
      [0, 10, 20, 30, 40, 50, 60, 70, 80].map((n) => `org-${n}`),
    );
    expect(matchingOptions(organizations, 'team 7').map((o) => o.label)).toEqual([
      'Team 7',
      'Team 71',
      'Team 72',
      'Team 73',
      'Team 74',
      'Team 75',
      'Team 76',
      'Team 77',
      'Team 78',
      'Team 79',
    ]);
  });

  it('offers everything for an empty box, and leaves out what is already taken', () => {
    expect(matchingOptions(organizations, '')).toHaveLength(81);
    expect(matchingOptions(organizations, '舞蹈', (o) => o.value === 'org-0')).toHaveLength(8);
  });
});

const render = (options: typeof organizations, value = '') =>
  renderToStaticMarkup(
    <SearchSelect label="自组织" value={value} onChange={() => {}} options={options} placeholder="全部" testId="org" />,
  );

describe('SearchSelect', () => {
  it('is a native select while the choices are few', () => {
    const html = render(organizations.slice(0, 12));
    expect(html).toContain('<select');
    expect(html).not.toContain('type="search"');
  });

  it('becomes a search box with the first matches as buttons for 81 choices', () => {
    const html = render(organizations);
    expect(html).not.toContain('<select');
    expect(html).toContain('type="search"');
    expect(html.match(/data-testid="org-option"/g)).toHaveLength(8);
    expect(html).toContain('显示前 8 个，共 81 个符合');
  });

  it('shows the chosen one with 更换 instead of the box', () => {
    const html = render(organizations, 'org-10');
    expect(html).toContain('data-testid="org-chosen">夕阳红舞蹈队 10</strong>');
    expect(html).toContain('data-testid="org-change"');
    expect(html).not.toContain('type="search"');
  });
});
