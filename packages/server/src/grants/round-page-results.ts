import { formatFen, type Locale, type PublicGrantRound } from '@seedbed/core';
import { html } from 'hono/html';
import type { Html } from '../http/public-page';

/**
 * The selection on a round's public page /r/{code} (seed 003: 透明): the approved proposals — team,
 * title, amount — from the first day of the 公示, so residents can object to what they see.
 */
const text = {
  'zh-CN': {
    results: '评审结果',
    later: '评审结果会在公示期开始时在这里公布。',
    none: '还没有批准的提案。',
    team: '团队',
    total: '共批准 {count} 个提案，合计 {amount}。',
  },
  en: {
    results: 'Results',
    later: 'The results will be published here when the public notice begins.',
    none: 'No proposal is approved yet.',
    team: 'Team',
    total: '{count} proposals approved, {amount} in all.',
  },
} satisfies Record<Locale, Record<string, string>>;

export function resultsContent(page: PublicGrantRound, locale: Locale, today: string): Html {
  const t = text[locale];
  const notice = page.round.steps.find((step) => step.kind === 'public_notice');
  if (notice === undefined || today < notice.startsOn)
    return html`<h2>${t.results}</h2><p class="hint" data-testid="round-results-later">${t.later}</p>`;
  if (page.results.length === 0) return html`<h2>${t.results}</h2><p class="hint">${t.none}</p>`;
  const sum = page.results.reduce((total, result) => total + result.approvedFen, 0);
  const summary = t.total.replace('{count}', String(page.results.length)).replace('{amount}', formatFen(sum, locale));
  return html`<h2>${t.results}</h2><p>${summary}</p><ul data-testid="round-results">${page.results.map(
    (result) =>
      html`<li data-testid="round-result"><b>${result.title}</b> · ${formatFen(result.approvedFen, locale)}<br><span class="hint">${t.team}：${result.teamName}</span></li>`,
  )}</ul>`;
}
