import type { PublicPublicityPage } from '@seedbed/core';
import { describe, expect, it } from 'vitest';
import { escapeHtml, shareMetaTags, withShareMeta } from './share-meta';

const page: PublicPublicityPage = {
  code: 'ABCD2345',
  title: '重阳节联欢',
  shareTitle: '【夕阳红舞蹈队】重阳节联欢 | 槐荫社区',
  lead: '2026年10月18日上午，夕阳红舞蹈队举办了“重阳节联欢”。',
  paragraphs: [],
  reflection: null,
  quotes: [],
  photos: [
    {
      id: '00000000-0000-4000-8000-00000000000a',
      url: '/api/public/publicity/ABCD2345/photos/00000000-0000-4000-8000-00000000000a',
      thumbnailUrl: '/api/public/publicity/ABCD2345/photos/00000000-0000-4000-8000-00000000000a?size=thumb',
      width: 1600,
      height: 1200,
    },
  ],
  names: [],
  facts: {
    startsAt: '2026-10-18T01:30:00.000Z',
    endsAt: '2026-10-18T03:30:00.000Z',
    placeName: null,
    organizations: [{ name: '夕阳红舞蹈队' }],
    communityName: '槐荫社区',
    streetName: '春和街道',
    organizerCount: 5,
    servedCount: 30,
  },
  publishedAt: '2026-10-18T08:00:00.000Z',
};

const index = '<html><head><meta charset="UTF-8" />\n<title>苗圃 Seedbed</title></head><body></body></html>';

describe('share meta', () => {
  it('gives WeChat a title, and link previews a description and the cover as an absolute URL', () => {
    const tags = shareMetaTags(page, 'https://seedbed.example.org');
    expect(tags).toContain('<title>【夕阳红舞蹈队】重阳节联欢 | 槐荫社区</title>');
    expect(tags).toContain('<meta property="og:title" content="【夕阳红舞蹈队】重阳节联欢 | 槐荫社区" />');
    expect(tags).toContain(
      '<meta property="og:image" content="https://seedbed.example.org/api/public/publicity/ABCD2345/photos/00000000-0000-4000-8000-00000000000a" />',
    );
    expect(tags).toContain('<meta property="og:url" content="https://seedbed.example.org/p/ABCD2345" />');
    expect(tags).toContain('og:description');
  });

  it('escapes a title with markup, so it can never run', () => {
    const evil = {
      ...page,
      shareTitle: '【队】<script>alert("x")</script> & \'more\'',
      lead: '"><img src=x onerror=alert(1)>',
    };
    const html = withShareMeta(index, evil, 'https://seedbed.example.org');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;');
    expect(escapeHtml('$&$1')).toBe('$&amp;$1');
  });

  it('replaces the page title once, keeps the rest, and has no og:image without photos', () => {
    const html = withShareMeta(index, { ...page, shareTitle: 'a $& b', photos: [] }, 'https://x.org');
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain('<title>a $&amp; b</title>');
    expect(html).not.toContain('og:image');
    expect(html).toContain('<meta charset="UTF-8" />');
  });

  it('cuts a long description', () => {
    const tags = shareMetaTags({ ...page, lead: '长'.repeat(500) }, 'https://x.org');
    expect(tags).toMatch(/content="长{119}…"/);
  });
});
