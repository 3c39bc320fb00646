import { type PublicPublicityPage, shanghaiDate } from '@seedbed/core';
import { findPublicPage } from '@seedbed/db';
import type { AppEnv } from '../http/env';

/**
 * Link previews of a public share page /p/{code}. WeChat's in-app browser (without the JS-SDK)
 * takes the page's <title> and the first large image; other apps read Open Graph tags. The SPA
 * sets document.title itself, but a crawler does not run JavaScript, so the server puts them in
 * index.html for /p/{code} (wired in web-app.ts). Every value is HTML-escaped: titles and text are
 * the leader's words.
 */

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A description of at most `max` characters (the lead, else the first paragraph). */
function description(page: PublicPublicityPage, max = 120): string {
  const text = (page.lead || page.paragraphs[0] || page.title).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The <title> and meta tags for a share page; `origin` like https://seedbed.example.org (no slash). */
export function shareMetaTags(page: PublicPublicityPage, origin: string): string {
  const cover = page.photos[0];
  const tags: [string, string][] = [
    ['og:title', page.shareTitle],
    ['og:description', description(page)],
    ['og:type', 'article'],
    ['og:url', `${origin}/p/${page.code}`],
    ['og:site_name', '苗圃 Seedbed'],
  ];
  if (cover) tags.push(['og:image', `${origin}${cover.url}`]);
  return [
    `<title>${escapeHtml(page.shareTitle)}</title>`,
    `<meta name="description" content="${escapeHtml(description(page))}" />`,
    ...tags.map(([property, content]) => `<meta property="${property}" content="${escapeHtml(content)}" />`),
  ].join('\n    ');
}

/** index.html with the page's tags in place of its own <title> (kept as is when there is none). */
export function withShareMeta(indexHtml: string, page: PublicPublicityPage, origin: string): string {
  const tags = shareMetaTags(page, origin);
  if (/<title>[\s\S]*?<\/title>/.test(indexHtml)) return indexHtml.replace(/<title>[\s\S]*?<\/title>/, () => tags);
  return indexHtml.replace('</head>', () => `    ${tags}\n  </head>`);
}

const sharePathPattern = /^\/p\/([A-Za-z0-9-]{1,40})\/?$/;

/**
 * For web-app.ts: index.html with the share tags when `path` is /p/{code} of a published draft;
 * null otherwise (serve index.html unchanged: an unknown code is the SPA's own "not found").
 */
export async function shareHtmlFor(
  deps: Pick<AppEnv['Variables']['deps'], 'db' | 'now'>,
  path: string,
  origin: string,
  indexHtml: string,
): Promise<string | null> {
  const match = sharePathPattern.exec(path);
  if (!match) return null;
  const page = await findPublicPage({ db: deps.db, today: shanghaiDate(deps.now()) }, match[1]!.toUpperCase());
  return page.ok ? withShareMeta(indexHtml, page.value, origin) : null;
}
