import { describe, expect, it } from 'vitest';
import { preloadTags, withPreloads } from './route-preloads';

const preloads = {
  '/activities/new': { modules: ['/assets/form-1.js', '/assets/messages-2.js'], styles: ['/assets/form-3.css'] },
};
const team = '5230a550-e668-4b79-9358-0d5048b64e98';
const query = (values: Record<string, string>) => (name: string) => values[name];

describe('what index.html names for the page it opens', () => {
  it('gives the leader’s form its chunks, stylesheet, session and team, to fetch beside the entry', () => {
    const tags = preloadTags(preloads, '/activities/new', query({ organizationId: team }));
    expect(tags).toContain('<link rel="modulepreload" href="/assets/form-1.js">');
    expect(tags).toContain('<link rel="modulepreload" href="/assets/messages-2.js">');
    expect(tags).toContain('<link rel="preload" as="style" href="/assets/form-3.css">');
    expect(tags).toContain('<link rel="preload" as="fetch" crossorigin href="/api/auth/me">');
    expect(tags).toContain(`<link rel="preload" as="fetch" crossorigin href="/api/organizations/${team}">`);
  });

  it('names only the session for any other page, and no team that is not an id', () => {
    expect(preloadTags(preloads, '/people', query({ organizationId: team }))).toBe(
      '<link rel="preload" as="fetch" crossorigin href="/api/auth/me">',
    );
    const odd = preloadTags(preloads, '/activities/new', query({ organizationId: '"><script>alert(1)</script>' }));
    expect(odd).not.toContain('/api/organizations/');
    expect(odd).not.toContain('<script>');
  });

  it('puts the tags at the end of the head', () => {
    expect(withPreloads('<html><head><title>x</title></head><body></body></html>', '<link>')).toBe(
      '<html><head><title>x</title><link></head><body></body></html>',
    );
  });
});
