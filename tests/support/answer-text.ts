import { pdfText } from './pdf';

/**
 * What tests read of an answer: a server-rendered page (/s/, /v/) as a person or the personal-data
 * scan would read it, a PDF as its text.
 */

/** Undoes the escaping of hono's `html` (the five characters it escapes). */
export function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The visible text of a page: style and script dropped, tags as spaces, spaces folded. */
export function pageText(page: string): string {
  const text = page.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
  return unescapeHtml(text).replace(/\s+/g, ' ').trim();
}

/**
 * One string per text node and attribute value of a page (a name sits between tags, or in a form
 * field's value), for the personal-data scan.
 */
export function htmlTextNodes(page: string): string[] {
  const values = [...page.matchAll(/="([^"]*)"/g)].map(([, value]) => value ?? '');
  return [...page.split(/<[^>]*>/), ...values].map((text) => unescapeHtml(text).trim()).filter(Boolean);
}

/** An answer's body as the personal-data scan reads it: a PDF's text, a page's text nodes, anything else as it is. */
export function readableBody(
  response: { headers: Headers; body: unknown; bytes: Uint8Array },
  isPdf: boolean,
): unknown {
  if (isPdf) return pdfText(response.bytes);
  const isPage = response.headers.get('content-type')?.startsWith('text/html');
  return isPage && typeof response.body === 'string' ? htmlTextNodes(response.body) : response.body;
}

/** The values a form post carries (application/x-www-form-urlencoded), decoded; none for another body. */
export function formFieldsOf(body: unknown, headers: Record<string, string> = {}): string[] {
  const isForm = headers['content-type']?.startsWith('application/x-www-form-urlencoded');
  return isForm && typeof body === 'string' ? [...new URLSearchParams(body).values()] : [];
}
